"use strict";

function node() {
  return { children: new Map(), pass: null };
}

/** Pass numbers by prefix: drivers type the first characters when a card will not scan. */
class PassTrie {
  constructor() {
    this.root = node();
    this.count = 0;
  }

  insert(number, pass) {
    let at = this.root;
    for (const ch of number) {
      if (!at.children.has(ch)) at.children.set(ch, node());
      at = at.children.get(ch);
    }
    if (at.pass === null) this.count++;
    at.pass = pass;
  }

  remove(number) {
    const trail = [];
    let at = this.root;
    for (const ch of number) {
      const next = at.children.get(ch);
      if (!next) return false;
      trail.push([at, ch, next]);
      at = next;
    }
    if (at.pass === null) return false;
    at.pass = null;
    this.count--;
    for (let i = trail.length - 1; i >= 0; i--) {
      const [parent, ch, child] = trail[i];
      if (child.pass !== null || child.children.size > 0) break;
      parent.children.delete(ch);
    }
    return true;
  }

  startingWith(prefix, limit) {
    let at = this.root;
    for (const ch of prefix) {
      at = at.children.get(ch);
      if (!at) return [];
    }
    const found = [];
    const stack = [at];
    while (stack.length && found.length < limit) {
      const current = stack.pop();
      if (current.pass !== null) found.push(current.pass);
      for (const child of current.children.values()) stack.push(child);
    }
    return found;
  }
}

module.exports = { PassTrie };
