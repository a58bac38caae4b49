"use strict";

// Anything that holds a room or a judge's attention while it is open. Tracked so a shutdown
// (or the organisers' "end of day" button) can close whatever is still running.
class Resource {
  static active = new Set();

  constructor(kind, id) {
    this.kind = kind;
    this.id = id;
    this.openedAt = Date.now();
    this.closed = false;
    Resource.active.add(this);
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    Resource.active.delete(this);
  }

  static openCount() {
    const byKind = {};
    for (const r of Resource.active) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    return byKind;
  }

  static closeAll() {
    for (const r of [...Resource.active]) r.close();
  }
}

module.exports = { Resource };
