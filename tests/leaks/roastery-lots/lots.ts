import { Ledger, type Movement } from "./ledger.ts";

export interface GreenLot {
  id: string;
  origin: string;
  farm: string;
  variety: string;
  process: "washed" | "natural" | "honey" | "anaerobic";
  bags: number;
  kgPerBag: number;
  arrivedAt: string;
  cupScore?: number;
}

export class LotError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

export const ledger = new Ledger();
const lots = new Map<string, GreenLot>();
const PROCESSES = new Set(["washed", "natural", "honey", "anaerobic"]);

export function receive(body: Partial<GreenLot>): { lot: GreenLot; movement: Movement } {
  if (!body.id || !/^[A-Z0-9-]{3,32}$/.test(body.id)) throw new LotError("lot id is required");
  if (lots.has(body.id)) throw new LotError(`lot ${body.id} already received`, 409);
  if (!PROCESSES.has(String(body.process))) throw new LotError("unknown process");
  const bags = Number(body.bags);
  const kgPerBag = Number(body.kgPerBag ?? 60);
  if (!(bags > 0) || !(kgPerBag > 0)) throw new LotError("bags and kgPerBag must be positive");
  const lot: GreenLot = {
    id: body.id,
    origin: String(body.origin ?? ""),
    farm: String(body.farm ?? ""),
    variety: String(body.variety ?? ""),
    process: body.process as GreenLot["process"],
    bags,
    kgPerBag,
    arrivedAt: new Date().toISOString(),
  };
  lots.set(lot.id, lot);
  const movement = ledger.append({
    lot: lot.id,
    kind: "receipt",
    kg: bags * kgPerBag,
    ref: `GRN-${lot.id}`,
  });
  return { lot, movement };
}

export function lotOf(id: string): GreenLot {
  const lot = lots.get(id);
  if (!lot) throw new LotError(`no open lot ${id}`, 404);
  return lot;
}

export function bookRoast(id: string, batch: string, greenKg: number, profile: string) {
  lotOf(id);
  if (!(greenKg > 0 && greenKg <= 120)) throw new LotError("a batch takes 0–120 kg of green");
  if (ledger.balance(id) < greenKg) throw new LotError(`not enough of ${id} left`, 409);
  return ledger.append({ lot: id, kind: "roast", kg: -greenKg, ref: batch, note: profile });
}

export function drawSample(id: string, grams: number, purpose: string) {
  lotOf(id);
  return ledger.append({ lot: id, kind: "sample", kg: -grams / 1000, ref: purpose });
}

export function close(id: string) {
  const lot = lotOf(id);
  const remaining = ledger.balance(id);
  if (remaining > 0) {
    ledger.append({ lot: id, kind: "write-off", kg: -remaining, ref: "sweepings" });
  }
  lots.delete(id);
  return { lot: lot.id, writtenOff: remaining, archivedRows: ledger.archive(id) };
}

export function stock() {
  return [...lots.values()].map((l) => ({
    id: l.id,
    origin: l.origin,
    variety: l.variety,
    kg: ledger.balance(l.id),
  }));
}
