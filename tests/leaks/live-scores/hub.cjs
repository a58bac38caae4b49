"use strict";

// Fan-out of match events to the subscribers of each match ("room").

class Hub {
  constructor() {
    this.rooms = new Map();
    this.delivered = 0;
  }

  join(room, subscriber) {
    let members = this.rooms.get(room);
    if (!members) {
      members = new Set();
      this.rooms.set(room, members);
    }
    members.add(subscriber);
    subscriber.once("close", () => {
      members.delete(subscriber);
      if (members.size === 0 && this.rooms.get(room) === members) this.rooms.delete(room);
    });
  }

  broadcast(room, event, data, id) {
    const members = this.rooms.get(room);
    if (!members) return 0;
    let sent = 0;
    for (const subscriber of members) {
      if (subscriber.send(event, data, id)) sent++;
    }
    this.delivered += sent;
    return sent;
  }

  watching(room) {
    let live = 0;
    for (const subscriber of this.rooms.get(room) ?? []) if (!subscriber.closed) live++;
    return live;
  }
}

module.exports = { hub: new Hub() };
