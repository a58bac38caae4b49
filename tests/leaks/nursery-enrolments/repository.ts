import type { Entity } from "./domain.ts";
import type { UnitOfWork } from "./unit_of_work.ts";

/** Generic repository over the unit of work: finds go through its identity map. */
export abstract class Repository<T extends Entity> {
  protected abstract readonly kind: string;

  constructor(protected readonly uow: UnitOfWork) {}

  protected abstract hydrate(row: unknown): T;

  get(id: string): T | undefined {
    return this.uow.find(this.kind, id, (row) => this.hydrate(row));
  }

  require(id: string): T {
    const found = this.get(id);
    if (!found) throw new NotFound(`${this.kind} ${id} not found`);
    return found;
  }

  add(entity: T) {
    this.uow.registerNew(entity);
  }

  changed(entity: T) {
    this.uow.registerDirty(entity);
  }

  remove(entity: T) {
    this.uow.registerRemoved(entity);
  }
}

export class NotFound extends Error {}
