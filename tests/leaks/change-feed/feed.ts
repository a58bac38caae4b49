/**
 * The catalog's change feed: downstream consumers (search indexer, storefront cache) poll
 * `/changes?since=<seq>` and ack what they have applied. Entries are linked newest-first so
 * appending is O(1) and a poll walks only what is new.
 */

export interface FieldChanges {
  [field: string]: unknown;
}

/** One entry of the feed; each points at the one written before it. */
export class Change {
  constructor(
    readonly seq: number,
    readonly entity: string,
    readonly op: "update" | "delete",
    readonly fields: FieldChanges,
    readonly previous: FieldChanges,
    readonly actor: string,
    readonly at: string,
    public prev: Change | null,
  ) {}
}

const COMPACT_EVERY_MS = 60_000;

let head: Change | null = null;
let seq = 0;
/** consumer → last seq it acked. */
const acks = new Map<string, number>();

export function append(
  entity: string,
  op: "update" | "delete",
  fields: FieldChanges,
  previous: FieldChanges,
  actor: string,
): Change {
  head = new Change(++seq, entity, op, fields, previous, actor, new Date().toISOString(), head);
  return head;
}

/** Changes after `after`, oldest first, at most `limit`. */
export function changesSince(after: number, limit: number): Change[] {
  const newest: Change[] = [];
  for (let c = head; c !== null && c.seq > after; c = c.prev) newest.push(c);
  return newest.reverse().slice(0, limit);
}

export function latestSeq(): number {
  return seq;
}

export function ack(consumer: string, upTo: number) {
  acks.set(consumer, Math.max(acks.get(consumer) ?? 0, Math.min(upTo, seq)));
}

/** Drops what every known consumer has acked; with no consumer known, nothing is safe to drop. */
export function compact(): number {
  if (acks.size === 0) return 0;
  const floor = Math.min(...acks.values());
  let dropped = 0;
  for (let c = head; c !== null; c = c.prev) {
    if (c.prev !== null && c.prev.seq <= floor) {
      for (let d: Change | null = c.prev; d !== null; d = d.prev) dropped++;
      c.prev = null;
      break;
    }
  }
  return dropped;
}

setInterval(compact, COMPACT_EVERY_MS);
