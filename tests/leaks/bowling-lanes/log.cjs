"use strict";

const { Writable } = require("node:stream");

// The desk's activity log, shipped in batches (a booking's records go out together).

class ActivityLog extends Writable {
  constructor() {
    super({ objectMode: true });
    this.tail = [];
  }

  _writev(chunks, callback) {
    for (const { chunk } of chunks) this.#keep(chunk);
    setImmediate(callback);
  }

  _write(chunk, _encoding, callback) {
    this.#keep(chunk);
    setImmediate(callback);
  }

  #keep(record) {
    this.tail.push(record);
    if (this.tail.length > 40) this.tail.shift();
  }
}

const activity = new ActivityLog();

function logBooking(kind, booking, extra) {
  activity.cork();
  try {
    activity.write({ at: new Date().toISOString(), kind, ref: booking.ref, lane: booking.lane });
    if (extra) activity.write({ kind: `${kind}:detail`, ref: booking.ref, ...extra });
  } finally {
    process.nextTick(() => activity.uncork());
  }
}

module.exports = { activity, logBooking };
