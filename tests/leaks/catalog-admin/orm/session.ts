import type { Database } from "../db.ts";
import type { Entity, Row } from "./entity.ts";
import { changeTracker } from "./tracker.ts";

export interface EntityClass<T extends Entity> {
  new (row: Row): T;
  readonly tableName: string;
}

/** One per request: an identity map so a row loaded twice is the same object. */
export class Session {
  #identityMap = new Map<string, Entity>();

  constructor(private readonly db: Database) {}

  async find<T extends Entity>(type: EntityClass<T>, id: string): Promise<T | undefined> {
    const key = `${type.tableName}:${id}`;
    const known = this.#identityMap.get(key);
    if (known) return known as T;
    const row = await this.db.select(type.tableName, id);
    if (!row) return undefined;
    const entity = new type(row);
    this.#identityMap.set(key, entity);
    return entity;
  }

  async commit(): Promise<number> {
    return await changeTracker.flush(this.db);
  }
}
