import type { Boat } from "./flight.ts";

class TrieNode {
  children = new Map<string, TrieNode>();
  boats: Boat[] = [];
}

function normalise(term: string): string {
  return term.toLowerCase().replace(/[^a-z0-9 ]/g, "").trim();
}

function termsFor(boat: Boat): string[] {
  const name = normalise(boat.name);
  const words = name.split(/\s+/).filter((w) => w.length > 1);
  return [...new Set([name, ...words, normalise(boat.indexNumber)])];
}

/** Prefix search over the boats currently waiting at or passing through the flight. */
export class BoatIndex {
  root = new TrieNode();
  size = 0;

  add(boat: Boat) {
    for (const term of termsFor(boat)) {
      let node = this.root;
      for (const ch of term) {
        let child = node.children.get(ch);
        if (!child) {
          child = new TrieNode();
          node.children.set(ch, child);
        }
        node = child;
      }
      if (!node.boats.includes(boat)) node.boats.push(boat);
    }
    this.size++;
  }

  remove(boat: Boat) {
    for (const term of termsFor(boat)) {
      const node = this.#find(term);
      if (node) node.boats = node.boats.filter((b) => b !== boat);
    }
    this.size--;
  }

  search(prefix: string, limit = 10): Boat[] {
    const start = this.#find(normalise(prefix));
    if (!start) return [];
    const found = new Set<Boat>();
    const stack = [start];
    while (stack.length && found.size < limit) {
      const node = stack.pop()!;
      for (const b of node.boats) found.add(b);
      stack.push(...node.children.values());
    }
    return [...found].slice(0, limit);
  }

  #find(term: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const ch of term) {
      node = node.children.get(ch);
      if (!node) return undefined;
    }
    return node;
  }
}

export const boatIndex = new BoatIndex();
