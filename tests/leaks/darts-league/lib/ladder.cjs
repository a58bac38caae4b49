"use strict";

// A skip list ordered by (score, player), as Redis' zset: equal scores are ordered by name, so
// removing a player finds exactly that player's node.
const MAX_LEVEL = 12;

function before(node, score, player) {
  return node.score < score || (node.score === score && node.player < player);
}

class Ladder {
  constructor() {
    this.head = {
      score: -Infinity,
      player: "",
      value: null,
      next: new Array(MAX_LEVEL).fill(null),
    };
    this.level = 1;
    this.length = 0;
  }

  #path(score, player) {
    const update = new Array(MAX_LEVEL);
    let x = this.head;
    for (let i = this.level - 1; i >= 0; i--) {
      while (x.next[i] && before(x.next[i], score, player)) x = x.next[i];
      update[i] = x;
    }
    return update;
  }

  insert(score, player, value) {
    const update = this.#path(score, player);
    let level = 1;
    while (level < MAX_LEVEL && Math.random() < 0.25) level++;
    for (let i = this.level; i < level; i++) update[i] = this.head;
    this.level = Math.max(this.level, level);
    const node = { score, player, value, next: new Array(level).fill(null) };
    for (let i = 0; i < level; i++) {
      node.next[i] = update[i].next[i];
      update[i].next[i] = node;
    }
    this.length++;
  }

  remove(score, player) {
    const update = this.#path(score, player);
    const x = update[0].next[0];
    if (!x || x.score !== score || x.player !== player) return false;
    for (let i = 0; i < this.level && update[i].next[i] === x; i++) update[i].next[i] = x.next[i];
    while (this.level > 1 && this.head.next[this.level - 1] === null) this.level--;
    this.length--;
    return true;
  }

  top(n) {
    const all = [];
    for (let x = this.head.next[0]; x; x = x.next[0]) all.push(x);
    return all.reverse().slice(0, n).map((x) => ({ player: x.player, score: x.score }));
  }
}

module.exports = { Ladder };
