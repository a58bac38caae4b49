import { MemoryStore, Session } from "./vendor/minimapper/index.mjs";

export class GalleryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class Consignment {
  static table = "consignments";

  constructor(fields) {
    this.id = fields.id ?? null;
    this.ref = fields.ref;
    this.artist = fields.artist;
    this.title = fields.title;
    this.year = fields.year ?? null;
    this.medium = fields.medium ?? "";
    this.dimensions = fields.dimensions ?? "";
    this.consignor = fields.consignor;
    this.reserveEur = fields.reserveEur ?? 0;
    this.commissionPct = fields.commissionPct ?? 35;
    this.status = fields.status ?? "received";
    this.location = fields.location ?? "store";
    this.sale = fields.sale ?? null;
    this.receivedAt = fields.receivedAt ?? new Date().toISOString();
  }

  static fromRow(row) {
    return new Consignment({
      ...row,
      consignor: JSON.parse(row.consignor),
      sale: row.sale ? JSON.parse(row.sale) : null,
    });
  }

  toRow() {
    const { id: _id, ...fields } = this;
    return {
      ...fields,
      consignor: JSON.stringify(this.consignor),
      sale: this.sale ? JSON.stringify(this.sale) : null,
    };
  }
}

export const store = new MemoryStore();
/** One session for the gallery: the stock is small and the back office reads it all day. */
export const session = new Session(store);

/** Settlement statements sent to consignors, newest first (the back office shows 25). */
const settlements = [];
const MAX_SETTLEMENTS = 25;

function byRef(ref) {
  const c = session.findBy(Consignment, "ref", ref);
  if (!c) throw new GalleryError(404, `no consignment ${ref}`);
  return c;
}

export async function receive(body) {
  if (!body.ref || !body.artist || !body.title || !body.consignor?.name) {
    throw new GalleryError(400, "ref, artist, title and consignor.name are required");
  }
  if (session.findBy(Consignment, "ref", body.ref)) {
    throw new GalleryError(409, `${body.ref} is already in stock`);
  }
  const c = new Consignment({
    ref: body.ref,
    artist: body.artist,
    title: body.title,
    year: body.year,
    medium: body.medium,
    dimensions: body.dimensions,
    consignor: {
      name: body.consignor.name,
      email: body.consignor.email ?? null,
      iban: body.consignor.iban ?? null,
    },
    reserveEur: Number(body.reserveEur ?? 0),
    commissionPct: Number(body.commissionPct ?? 35),
  });
  session.add(c);
  await session.flush();
  return c;
}

export async function update(ref, patch) {
  const c = byRef(ref);
  for (const field of ["reserveEur", "commissionPct", "location", "status"]) {
    if (patch[field] !== undefined) c[field] = patch[field];
  }
  session.markDirty(c);
  await session.flush();
  return c;
}

export async function recordSale(ref, sale) {
  const c = byRef(ref);
  if (c.status === "sold") throw new GalleryError(409, `${ref} is already sold`);
  const price = Number(sale.priceEur);
  if (!(price > 0)) throw new GalleryError(400, "priceEur must be positive");
  if (price < c.reserveEur) throw new GalleryError(422, `below the reserve of ${c.reserveEur}`);
  c.status = "sold";
  c.sale = { priceEur: price, buyer: sale.buyer ?? "private", soldAt: new Date().toISOString() };
  session.markDirty(c);
  await session.flush();
  return c;
}

/** Pays the consignor out; the work leaves the books (the statement is kept). */
export async function settle(ref) {
  const c = byRef(ref);
  if (c.status !== "sold") throw new GalleryError(409, `${ref} is not sold`);
  const commission = Math.round(c.sale.priceEur * c.commissionPct) / 100;
  const statement = {
    ref: c.ref,
    work: `${c.artist}, ${c.title}`,
    consignor: c.consignor.name,
    priceEur: c.sale.priceEur,
    commissionEur: commission,
    payoutEur: Math.round((c.sale.priceEur - commission) * 100) / 100,
    settledAt: new Date().toISOString(),
  };
  session.remove(c);
  await session.flush();
  settlements.unshift(statement);
  if (settlements.length > MAX_SETTLEMENTS) settlements.length = MAX_SETTLEMENTS;
  return statement;
}

export function get(ref) {
  return byRef(ref);
}

export function stats() {
  return {
    inStock: store.count(Consignment.table),
    session: session.stats,
    settlements: settlements.slice(0, 5),
  };
}
