const MAILBOX = 30;

class Spectator {
  constructor(id, name, team) {
    this.id = id;
    this.name = name;
    this.team = team;
    this.mailbox = [];
    this.joinedAt = Date.now();
    this.lastPoll = Date.now();
  }

  deliver(ev) {
    this.mailbox.push(ev);
    if (this.mailbox.length > MAILBOX) this.mailbox.shift();
  }

  drain() {
    this.lastPoll = Date.now();
    return this.mailbox.splice(0);
  }
}

export class Gallery {
  #viewers = new Map();

  constructor(feed) {
    this.feed = feed;
  }

  join(id, name, team) {
    if (this.#viewers.has(id)) return this.#viewers.get(id);
    const viewer = new Spectator(id, name ?? id, team ?? null);
    this.feed.on("score", (ev) => viewer.deliver(ev));
    this.#viewers.set(id, viewer);
    return viewer;
  }

  poll(id) {
    const viewer = this.#viewers.get(id);
    return viewer ? viewer.drain() : null;
  }

  leave(id) {
    return this.#viewers.delete(id);
  }

  get size() {
    return this.#viewers.size;
  }
}
