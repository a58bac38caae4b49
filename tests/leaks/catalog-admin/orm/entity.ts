import { changeTracker } from "./tracker.ts";

export type Row = Record<string, unknown> & { id: string };

/** Base class of mapped rows: keeps the loaded values and the fields changed since. */
export abstract class Entity {
  abstract readonly table: string;
  readonly id: string;
  protected values: Row;
  #original: Row;
  #changed = new Map<string, unknown>();

  constructor(row: Row) {
    this.id = row.id;
    this.values = { ...row };
    this.#original = row;
    changeTracker.track(this);
  }

  get isDirty(): boolean {
    return this.#changed.size > 0;
  }

  protected write(field: string, value: unknown): void {
    if (this.#original[field] === value) this.#changed.delete(field);
    else this.#changed.set(field, value);
    this.values[field] = value;
  }

  changes(): Record<string, unknown> {
    return Object.fromEntries(this.#changed);
  }

  markClean(): void {
    this.#original = { ...this.values };
    this.#changed.clear();
  }

  toJSON(): Row {
    return { ...this.values };
  }
}
