// The access log: one record per lookup (and a detail record for full answers), shipped to the
// club's log store in batches through _writev. Corking makes a request's records one batch.

import { Writable } from "node:stream";

const TAIL = 50;

class LogShipper extends Writable {
  constructor() {
    super({ objectMode: true, highWaterMark: 64 });
    this.tail = [];
    this.shipped = 0;
    this.batches = 0;
  }

  _writev(chunks, callback) {
    this.batches++;
    for (const { chunk } of chunks) this.#keep(chunk);
    setImmediate(callback);
  }

  _write(record, _encoding, callback) {
    this.batches++;
    this.#keep(record);
    setImmediate(callback);
  }

  #keep(record) {
    this.shipped++;
    this.tail.push(record);
    if (this.tail.length > TAIL) this.tail.shift();
  }
}

export const accessLog = new LogShipper();

export function logLookup(entry) {
  const record = {
    at: new Date().toISOString(),
    kind: "lookup",
    call: entry.call,
    status: entry.status,
    client: entry.client,
    userAgent: entry.userAgent,
    ms: entry.ms,
  };
  accessLog.cork();
  accessLog.write(record);
  // A conditional hit carries nothing new: no detail record.
  if (entry.status === 304) return;
  accessLog.write({
    at: record.at,
    kind: "detail",
    call: entry.call,
    source: entry.source,
    fields: entry.fields,
    referer: entry.referer,
    query: entry.query,
  });
  process.nextTick(() => accessLog.uncork());
}

export function logStats() {
  return {
    shipped: accessLog.shipped,
    batches: accessLog.batches,
    tail: accessLog.tail.slice(-5),
  };
}
