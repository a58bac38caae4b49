"use strict";

/**
 * A small directed graph with weighted edges, kept as adjacency maps both ways so the matcher
 * can ask "who could take this request" (edges in) and "what is on this tutor's list" (edges
 * out) without a scan.
 */
class Graph {
  constructor() {
    this.nodes = new Map();
    this.edges = { out: new Map(), in: new Map() };
  }

  addNode(id, data) {
    this.nodes.set(id, data);
  }

  link(from, to, attrs) {
    const edge = { from, to, ...attrs };
    adjacency(this.edges.out, from).set(to, edge);
    adjacency(this.edges.in, to).set(from, edge);
    return edge;
  }

  outgoing(id) {
    return [...(this.edges.out.get(id)?.values() ?? [])].filter((e) => this.nodes.has(e.to));
  }

  incoming(id) {
    return [...(this.edges.in.get(id)?.values() ?? [])].filter((e) => this.nodes.has(e.from));
  }

  removeNode(id) {
    for (const to of this.edges.out.get(id)?.keys() ?? []) this.edges.in.get(to)?.delete(id);
    this.edges.out.delete(id);
    this.edges.in.delete(id);
    return this.nodes.delete(id);
  }
}

function adjacency(index, id) {
  let map = index.get(id);
  if (!map) index.set(id, map = new Map());
  return map;
}

module.exports = { Graph };
