// sorted-set 0.3.1: a skip list ordered by score (ascending), after Redis' zset.
const MAX_LEVEL = 16;
const P = 0.25;

class SkipNode {
  constructor(score, member, value, level) {
    this.score = score;
    this.member = member;
    this.value = value;
    this.next = new Array(level).fill(null);
  }
}

function randomLevel() {
  let level = 1;
  while (level < MAX_LEVEL && Math.random() < P) level++;
  return level;
}

export class SortedSet {
  #head = new SkipNode(-Infinity, null, null, MAX_LEVEL);
  #level = 1;
  length = 0;

  add(score, member, value) {
    const update = new Array(MAX_LEVEL);
    let x = this.#head;
    for (let i = this.#level - 1; i >= 0; i--) {
      while (x.next[i] && x.next[i].score < score) x = x.next[i];
      update[i] = x;
    }
    const level = randomLevel();
    if (level > this.#level) {
      for (let i = this.#level; i < level; i++) update[i] = this.#head;
      this.#level = level;
    }
    const node = new SkipNode(score, member, value, level);
    for (let i = 0; i < level; i++) {
      node.next[i] = update[i].next[i];
      update[i].next[i] = node;
    }
    this.length++;
    return node;
  }

  /** Removes `member` at `score`; false when it is not there. */
  delete(score, member) {
    const update = new Array(MAX_LEVEL);
    let x = this.#head;
    for (let i = this.#level - 1; i >= 0; i--) {
      while (x.next[i] && x.next[i].score < score) x = x.next[i];
      update[i] = x;
    }
    x = x.next[0];
    if (!x || x.score !== score || x.member !== member) return false;
    for (let i = 0; i < this.#level; i++) {
      if (update[i].next[i] !== x) break;
      update[i].next[i] = x.next[i];
    }
    while (this.#level > 1 && this.#head.next[this.#level - 1] === null) this.#level--;
    this.length--;
    return true;
  }

  /** Entries from the highest score down. */
  *descending() {
    const all = [];
    for (let x = this.#head.next[0]; x; x = x.next[0]) all.push(x);
    for (let n = all.length - 1; n >= 0; n--) yield all[n];
  }
}
