/** A stock movement as the handhelds record it. */
export interface Movement {
  seq: number;
  at: string;
  site: string;
  sku: string;
  from: string;
  to: string;
  qty: number;
  reason: "putaway" | "pick" | "outbound" | "transfer" | "adjustment";
  operator: string;
  order: string | null;
}

const REASONS = new Set(["putaway", "pick", "outbound", "transfer", "adjustment"]);
/** The hot end of the movement journal; older movements are in the warehouse DB. */
const KEEP = 150;
const journal: Movement[] = [];
let seq = 0;

export class MovementError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function recordMovement(site: string, body: Partial<Movement>): Movement {
  if (!body.sku || !body.from || !body.to) {
    throw new MovementError(400, "sku, from and to are required");
  }
  if (!Number.isInteger(body.qty) || body.qty! <= 0) {
    throw new MovementError(400, "qty must be a positive integer");
  }
  if (!REASONS.has(body.reason ?? "")) {
    throw new MovementError(400, `unknown reason ${body.reason}`);
  }
  const movement: Movement = {
    seq: ++seq,
    at: new Date().toISOString(),
    site,
    sku: body.sku,
    from: body.from,
    to: body.to,
    qty: body.qty!,
    reason: body.reason!,
    operator: body.operator ?? "unknown",
    order: body.order ?? null,
  };
  journal.push(movement);
  if (journal.length > KEEP) journal.splice(0, journal.length - KEEP);
  return movement;
}

export interface MovementFilter {
  site: string;
  reason?: string;
  sku?: string;
}

/** The movements matching a filter, oldest first: a snapshot, so an export is consistent. */
export function select(filter: MovementFilter): Movement[] {
  return journal.filter((m) =>
    m.site === filter.site &&
    (!filter.reason || m.reason === filter.reason) &&
    (!filter.sku || m.sku.startsWith(filter.sku))
  );
}

export function journalSize(): number {
  return journal.length;
}
