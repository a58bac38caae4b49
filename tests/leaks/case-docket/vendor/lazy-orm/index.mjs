// lazy-orm: models over a row source, with lazy relations that batch themselves.
//
// A relation is not loaded with its entity: `entity.client` is a LazyRef, a thenable, and
// `await entity.client` loads it. Every ref a relation hands out waits in that relation's
// queue, so the first await loads the relation for every entity hydrated since the last load
// in one query (no N+1 when a list page touches the same relation on each row).

export class LazyRef {
  #relation;
  #owner;
  #promise;

  constructor(relation, owner) {
    this.#relation = relation;
    this.#owner = owner;
  }

  get owner() {
    return this.#owner;
  }

  settle(value) {
    this.#promise = Promise.resolve(value);
  }

  then(onFulfilled, onRejected) {
    if (!this.#promise) this.#relation.load(this);
    return this.#promise.then(onFulfilled, onRejected);
  }
}

export class Relation {
  queue = [];
  loads = 0;

  constructor(model, name, kind, target, key) {
    this.model = model;
    this.name = name;
    this.kind = kind; // "belongsTo" | "hasMany"
    this.target = target;
    this.key = key;
  }

  refFor(owner) {
    const ref = new LazyRef(this, owner);
    this.queue.push(ref);
    return ref;
  }

  /** Loads the relation for every ref waiting on it, `ref` included. */
  load(ref) {
    const batch = this.queue;
    this.queue = [];
    if (!batch.includes(ref)) batch.push(ref);
    const target = this.target();
    this.loads++;
    if (this.kind === "belongsTo") {
      const ids = new Set(batch.map((r) => r.owner[this.key]));
      const rows = target.source.byIds([...ids]);
      for (const r of batch) {
        const row = rows.get(r.owner[this.key]);
        r.settle(row ? target.hydrate(row) : null);
      }
    } else {
      const ownerIds = new Set(batch.map((r) => r.owner.id));
      const rows = target.source.where((row) => ownerIds.has(row[this.key]));
      for (const r of batch) {
        r.settle(
          rows.filter((row) => row[this.key] === r.owner.id).map((row) => target.hydrate(row)),
        );
      }
    }
  }
}

export function belongsTo(target, key) {
  return { kind: "belongsTo", target, key };
}

export function hasMany(target, key) {
  return { kind: "hasMany", target, key };
}

export function defineModel(name, { source, relations = {} }) {
  const model = {
    name,
    source,
    relations: {},
    hydrate(row) {
      const entity = { ...row };
      for (const relation of Object.values(model.relations)) {
        entity[relation.name] = relation.refFor(entity);
      }
      return entity;
    },
    find(id) {
      const row = source.byIds([id]).get(id);
      return Promise.resolve(row ? model.hydrate(row) : null);
    },
    findBy(predicate) {
      return Promise.resolve(source.where(predicate).map((row) => model.hydrate(row)));
    },
  };
  for (const [relName, spec] of Object.entries(relations)) {
    model.relations[relName] = new Relation(model, relName, spec.kind, spec.target, spec.key);
  }
  return model;
}

/** A row source over an in-memory table (the app's database adapter has the same shape). */
export function tableSource(rows) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    byIds(ids) {
      const found = new Map();
      for (const id of ids) if (byId.has(id)) found.set(id, structuredClone(byId.get(id)));
      return found;
    },
    where(predicate) {
      return [...byId.values()].filter(predicate).map((r) => structuredClone(r));
    },
  };
}
