class TrieNode {
  constructor() {
    this.children = new Map();
    this.value = null;
  }
}

/**
 * Keys by prefix, for the floor index: when a label is torn or smudged the sorter types the
 * first characters of the tracking number and picks the parcel from the list.
 */
export class PrefixTrie {
  constructor() {
    this.root = new TrieNode();
    this.size = 0;
  }

  set(key, value) {
    let node = this.root;
    for (const ch of key) {
      let child = node.children.get(ch);
      if (!child) {
        child = new TrieNode();
        node.children.set(ch, child);
      }
      node = child;
    }
    if (node.value == null) this.size++;
    node.value = value;
  }

  #find(key) {
    let node = this.root;
    for (const ch of key) {
      node = node.children.get(ch);
      if (!node) return undefined;
    }
    return node;
  }

  get(key) {
    return this.#find(key)?.value ?? undefined;
  }

  delete(key) {
    const path = [];
    let node = this.root;
    for (const ch of key) {
      const child = node.children.get(ch);
      if (!child) return false;
      path.push([node, ch]);
      node = child;
    }
    if (node.value == null) return false;
    delete node.value;
    this.size--;
    // Take out the branch back up to the first node that still holds a key or other branches.
    for (let i = path.length - 1; i >= 0; i--) {
      const [parent, ch] = path[i];
      const child = parent.children.get(ch);
      if (child.value !== null || child.children.size > 0) break;
      parent.children.delete(ch);
    }
    return true;
  }

  /** Up to `limit` values under `prefix`, in key order. */
  withPrefix(prefix, limit = 10) {
    const start = this.#find(prefix);
    const out = [];
    if (!start) return out;
    const walk = (node) => {
      if (out.length >= limit) return;
      if (node.value != null) out.push(node.value);
      const keys = [...node.children.keys()].sort();
      for (const k of keys) walk(node.children.get(k));
    };
    walk(start);
    return out;
  }
}
