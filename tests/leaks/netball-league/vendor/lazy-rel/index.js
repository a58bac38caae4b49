"use strict";

// lazy-rel: lazy relations for plain records, batched per tick. A relation's refs made during
// one tick are loaded together, on the first await or, failing that, on the next turn of the
// event loop, so nothing waits in the queue past the tick it was made in.

class LazyRef {
  constructor(relation, owner) {
    this.relation = relation;
    this.owner = owner;
    this.promise = undefined;
  }

  then(onFulfilled, onRejected) {
    if (!this.promise) this.relation.flush();
    return this.promise.then(onFulfilled, onRejected);
  }
}

class Relation {
  constructor(name, key, load) {
    this.name = name;
    this.key = key;
    this.load = load;
    this.queue = [];
    this.scheduled = false;
    this.batches = 0;
  }

  refFor(owner) {
    const ref = new LazyRef(this, owner);
    this.queue.push(ref);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    return ref;
  }

  flush() {
    this.scheduled = false;
    const batch = this.queue.splice(0);
    if (!batch.length) return;
    this.batches++;
    const values = this.load(batch.map((r) => r.owner[this.key]));
    batch.forEach((r, i) => (r.promise = Promise.resolve(values[i])));
  }
}

function withRelations(record, relations) {
  const entity = { ...record };
  for (const rel of relations) entity[rel.name] = rel.refFor(entity);
  return entity;
}

module.exports = { Relation, withRelations };
