import { PassThrough, Transform, Writable } from "node:stream";
import { ticketClosed } from "./events.mjs";

export const activity = new PassThrough({ objectMode: true });

const countsByKind = new Map();
activity.pipe(
  new Writable({
    objectMode: true,
    write(event, _encoding, callback) {
      countsByKind.set(event.kind, (countsByKind.get(event.kind) ?? 0) + 1);
      callback();
    },
  }),
);

export function recordActivity(event) {
  activity.write({ ...event, at: new Date().toISOString() });
}

export function activityCounts() {
  return Object.fromEntries(countsByKind);
}

class TicketFilter extends Transform {
  constructor(ticketId) {
    super({ objectMode: true });
    this.ticketId = ticketId;
  }

  _transform(event, _encoding, callback) {
    if (event.ticket !== this.ticketId) return callback();
    callback(null, JSON.stringify(event) + "\n");
  }
}

/** Streams the ticket's activity as NDJSON until it is closed or `waitMs` has passed. */
export function followTicket(res, ticketId, waitMs) {
  const filter = new TicketFilter(ticketId);
  let stopped = false;
  const onClosed = (message) => {
    if (message.id === ticketId) stop();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    ticketClosed.unsubscribe(onClosed);
    activity.unpipe(filter);
    filter.end();
  };
  const timer = setTimeout(stop, waitMs);

  res.writeHead(200, { "content-type": "application/x-ndjson", "cache-control": "no-store" });
  filter.pipe(res);
  activity.pipe(filter);
  ticketClosed.subscribe(onClosed);
  res.on("close", stop);
}
