import { PassThrough, Transform } from "node:stream";
import { formatLine, LEVELS } from "./format.mjs";

const BACKLOG_LIMIT = 1000;
const backlog = [];

export const liveLog = new PassThrough({ objectMode: true });

export function seedBacklog(records) {
  backlog.push(...records.slice(-BACKLOG_LIMIT));
}

export function append(entry) {
  const record = { at: new Date().toISOString(), ...entry };
  backlog.push(record);
  if (backlog.length > BACKLOG_LIMIT) backlog.splice(0, backlog.length - BACKLOG_LIMIT);
  liveLog.write(record);
  return record;
}

export function backlogSize() {
  return backlog.length;
}

function recent(service, minLevel, limit) {
  const out = [];
  for (let i = backlog.length - 1; i >= 0 && out.length < limit; i--) {
    const record = backlog[i];
    if (record.service === service && LEVELS[record.level] >= minLevel) out.push(record);
  }
  return out.reverse();
}

class ServiceFilter extends Transform {
  constructor(service, minLevel) {
    super({ objectMode: true });
    this.service = service;
    this.minLevel = minLevel;
    this.openedAt = Date.now();
    this.delivered = 0;
  }

  _transform(record, _encoding, callback) {
    if (record.service !== this.service || LEVELS[record.level] < this.minLevel) {
      return callback();
    }
    this.delivered++;
    callback(null, formatLine(record));
  }
}

/** Writes the last `lines` matching records, then (with `follow`) streams new ones. */
export function openTail(res, { service, level, lines, follow }) {
  const minLevel = LEVELS[level] ?? LEVELS.info;
  const filter = new ServiceFilter(service, minLevel);
  liveLog.pipe(filter);

  res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  for (const record of recent(service, minLevel, lines)) res.write(formatLine(record));
  if (!follow) {
    res.end();
    return;
  }
  filter.pipe(res);
  res.on("close", () => {
    liveLog.unpipe(filter);
    filter.destroy();
  });
}
