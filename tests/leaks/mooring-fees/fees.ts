import { berths, HarbourError, tariff, tariffEvents, type Visit } from "./harbour.ts";
import { UnitOfWork } from "./uow.ts";

const visits = new Map<string, Visit>();

/** Quotes by visit, nights and tariff version; the 32 most recent. */
const QUOTE_CACHE_SIZE = 32;
const quotes = new Map<string, ReturnType<typeof computeQuote>>();

/** Harbour dues receipts waiting for the accounts export, sent every 100 ms. */
const outbox: { visit: string; boat: string; amountEur: number; at: string }[] = [];
const exported = { receipts: 0, amountEur: 0 };
const departures: { visit: string; boat: string; berth: string; at: string }[] = [];

setInterval(() => {
  for (const receipt of outbox.splice(0)) {
    exported.receipts++;
    exported.amountEur = Math.round((exported.amountEur + receipt.amountEur) * 100) / 100;
  }
}, 100);

function computeQuote(v: Visit) {
  const berthFee = v.boat.lengthM * v.nights * tariff.perMetreNight;
  const power = v.electricity ? v.nights * tariff.electricityPerNight : 0;
  const tax = 2 * v.nights * tariff.tourismTaxPerPerson;
  return {
    visit: v.id,
    nights: v.nights,
    lines: [
      { what: `Berth ${v.berth}, ${v.boat.lengthM} m × ${v.nights} nights`, eur: berthFee },
      { what: "Shore power", eur: power },
      { what: "Tourist tax, 2 persons", eur: tax },
    ],
    totalEur: Math.round((berthFee + power + tax) * 100) / 100,
    tariffVersion: tariff.version,
  };
}

function cachedQuote(v: Visit) {
  const key = `${v.id}:${v.nights}:${tariff.version}`;
  let q = quotes.get(key);
  if (q) {
    quotes.delete(key);
  } else {
    q = computeQuote(v);
  }
  quotes.set(key, q);
  while (quotes.size > QUOTE_CACHE_SIZE) quotes.delete(quotes.keys().next().value!);
  return q;
}

function freeBerth(lengthM: number): string {
  const taken = new Set([...visits.values()].map((v) => v.berth));
  const berth = berths.find((b) => b.maxLengthM >= lengthM && !taken.has(b.id));
  if (!berth) throw new HarbourError(409, `no free berth for ${lengthM} m`);
  return berth.id;
}

export function arrive(body: Partial<Visit> & { boat?: Visit["boat"] }) {
  if (!body.id || !body.boat?.name) throw new HarbourError(400, "id and boat.name are required");
  if (visits.has(body.id)) throw new HarbourError(409, `visit ${body.id} exists`);
  const lengthM = Number(body.boat.lengthM);
  const visit: Visit = {
    id: body.id,
    boat: {
      name: body.boat.name,
      flag: String(body.boat.flag ?? "NL"),
      lengthM,
      beamM: Number(body.boat.beamM ?? lengthM / 3),
      skipper: String(body.boat.skipper ?? ""),
      phone: String(body.boat.phone ?? ""),
    },
    berth: freeBerth(lengthM),
    arrived: new Date().toISOString(),
    nights: Math.max(1, Number(body.nights ?? 1)),
    electricity: Boolean(body.electricity),
    tariffVersion: tariff.version,
    watch: new AbortController(),
  };
  tariffEvents.addEventListener("change", () => {
    const current = visits.get(visit.id);
    if (current) current.tariffVersion = tariff.version;
  }, { signal: visit.watch.signal });
  visits.set(visit.id, visit);
  return { id: visit.id, berth: visit.berth, nights: visit.nights };
}

export function quote(id: string) {
  const uow = new UnitOfWork(visits);
  return cachedQuote(uow.visit(id));
}

export function extend(id: string, patch: { nights?: number; electricity?: boolean }) {
  const uow = new UnitOfWork(visits);
  const v = uow.visit(id);
  if (patch.nights !== undefined) v.nights = Math.max(1, Number(patch.nights));
  if (patch.electricity !== undefined) v.electricity = Boolean(patch.electricity);
  uow.changed(v);
  uow.commit();
  return cachedQuote(v);
}

export function depart(id: string) {
  const uow = new UnitOfWork(visits);
  const v = uow.visit(id);
  const q = computeQuote(v);
  visits.get(id)?.watch.abort();
  visits.delete(id);
  outbox.push({
    visit: id,
    boat: v.boat.name,
    amountEur: q.totalEur,
    at: new Date().toISOString(),
  });
  departures.unshift({
    visit: id,
    boat: v.boat.name,
    berth: v.berth,
    at: new Date().toISOString(),
  });
  if (departures.length > 25) departures.length = 25;
  return { visit: id, paidEur: q.totalEur };
}

export function office() {
  return {
    in: visits.size,
    free: berths.length - visits.size,
    quotesCached: quotes.size,
    exported,
    departures: departures.slice(0, 5),
  };
}
