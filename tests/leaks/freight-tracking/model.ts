/**
 * A small active-record base: one live object per row and model class (an identity map), so two
 * requests that touch the same shipment see the same object and its unsaved scans.
 */
export abstract class Model {
  static #identityMaps = new Map<typeof Model, Map<string, Model>>();

  abstract readonly id: string;

  /** The identity map of the class this is called on. */
  static identity(): Map<string, Model> {
    let map = Model.#identityMaps.get(this);
    if (!map) {
      map = new Map();
      Model.#identityMaps.set(this, map);
    }
    return map;
  }

  static cached<T extends Model>(id: string): T | undefined {
    return this.identity().get(id) as T | undefined;
  }

  /** Registers a freshly hydrated or created object under its own class. */
  static remember<T extends Model>(entity: T): T {
    (entity.constructor as typeof Model).identity().set(entity.id, entity);
    return entity;
  }

  /** Forgets a row that left the table (delivered, cancelled). */
  static evict(id: string): void {
    this.identity().delete(id);
  }

  static liveObjects(): number {
    let n = 0;
    for (const map of Model.#identityMaps.values()) n += map.size;
    return n;
  }
}
