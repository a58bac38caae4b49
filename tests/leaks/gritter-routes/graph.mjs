// Work that has to happen in order: a callout can't start until its depot has loaded salt
// and the route's precautionary run has gone out.

export class DependencyGraph {
  constructor() {
    this.nodes = new Map();
  }

  add(id, data) {
    if (this.nodes.has(id)) throw new Error(`duplicate node ${id}`);
    const node = { id, data, prerequisites: new Set(), dependents: new Set() };
    this.nodes.set(id, node);
    return node;
  }

  get(id) {
    return this.nodes.get(id);
  }

  link(firstId, thenId) {
    const first = this.nodes.get(firstId);
    const then = this.nodes.get(thenId);
    if (!first || !then) throw new Error(`cannot link ${firstId} -> ${thenId}`);
    first.dependents.add(then);
    then.prerequisites.add(first);
  }

  isReady(id) {
    const node = this.nodes.get(id);
    return Boolean(node) && [...node.prerequisites].every((p) => p.data.done);
  }

  remove(id) {
    const node = this.nodes.get(id);
    if (!node) return false;
    for (const next of node.dependents) next.prerequisites.delete(node);
    for (const prev of node.prerequisites) prev.dependents.delete(id);
    this.nodes.delete(id);
    return true;
  }

  waitingOn(id) {
    const node = this.nodes.get(id);
    return node ? [...node.dependents].filter((n) => !n.data.done).map((n) => n.id) : [];
  }
}
