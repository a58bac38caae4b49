import { EventStore } from "./event_store.ts";
import { type LoadGraded, type LoadReceived, statements } from "./statements.ts";

export const store = new EventStore();

// The farmer portal follows the farm streams; silo levels are kept by the bins themselves.
store.subscribe("farm-", (event) => statements.receive(event));

interface Bin {
  id: string;
  crop: string;
  capacityKg: number;
  fillKg: number;
}

const FARMERS = new Map([
  ["F-017", { id: "F-017", name: "Maatschap Bosma", village: "Winsum" }],
  ["F-022", { id: "F-022", name: "Akkerbouwbedrijf Dijkstra", village: "Bedum" }],
  ["F-031", { id: "F-031", name: "Hoeve Nijenhuis", village: "Uithuizen" }],
]);

const BINS: Bin[] = [
  { id: "B1", crop: "wheat", capacityKg: 12_000_000, fillKg: 0 },
  { id: "B2", crop: "wheat", capacityKg: 12_000_000, fillKg: 0 },
  { id: "B3", crop: "wheat", capacityKg: 12_000_000, fillKg: 0 },
  { id: "B4", crop: "barley", capacityKg: 8_000_000, fillKg: 0 },
  { id: "B5", crop: "rapeseed", capacityKg: 4_000_000, fillKg: 0 },
];

/** Base prices per tonne at 14 % moisture, by grade (set by the co-op board each week). */
const PRICE_PER_TONNE: Record<string, Record<LoadGraded["grade"], number>> = {
  wheat: { "milling-1": 228, "milling-2": 214, feed: 196 },
  barley: { "milling-1": 205, "milling-2": 205, feed: 188 },
  rapeseed: { "milling-1": 455, "milling-2": 455, feed: 455 },
};

const BASE_MOISTURE = { wheat: 14, barley: 14, rapeseed: 9 } as Record<string, number>;

/** Loads weighed in and waiting in the yard for the lab's sample. */
const yard = new Map<string, LoadReceived>();

export interface WeighbridgeTicket {
  ticket: string;
  farmer: string;
  crop: string;
  variety?: string;
  grossKg: number;
  tareKg: number;
  vehicle: string;
  driver?: string;
  field?: string;
}

export interface LabSample {
  moisturePct: number;
  proteinPct: number;
  hectolitreKg: number;
  screeningsPct?: number;
  fallingNumber?: number;
  sampler?: string;
}

export class IntakeError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

function pickBin(crop: string, kg: number): Bin {
  const bin = BINS.filter((b) => b.crop === crop && b.fillKg + kg <= b.capacityKg)
    .sort((a, b) => a.fillKg - b.fillKg)[0];
  if (!bin) throw new IntakeError(`no bin has room for ${kg} kg of ${crop}`, 409);
  return bin;
}

export function receiveLoad(input: WeighbridgeTicket): LoadReceived {
  const farmer = FARMERS.get(input.farmer);
  if (!farmer) throw new IntakeError(`unknown member ${input.farmer}`);
  if (!(input.crop in PRICE_PER_TONNE)) throw new IntakeError(`we do not take ${input.crop}`);
  if (yard.has(input.ticket)) throw new IntakeError(`ticket ${input.ticket} is in the yard`, 409);
  const netKg = Math.round(input.grossKg - input.tareKg);
  if (!(netKg > 0 && netKg < 40_000)) throw new IntakeError("net weight out of range");

  const bin = pickBin(input.crop, netKg);
  const load: LoadReceived = {
    ticket: input.ticket,
    farmer: farmer.id,
    crop: input.crop,
    variety: input.variety ?? "unknown",
    netKg,
    bin: bin.id,
    vehicle: input.vehicle,
    driver: input.driver ?? "",
    field: input.field ?? "",
  };
  store.append(`farm-${farmer.id}`, "LoadReceived", load);
  store.append(`silo-${bin.id}`, "BinFilled", { ticket: load.ticket, crop: load.crop, netKg });
  bin.fillKg += netKg;
  yard.set(load.ticket, load);
  return load;
}

function gradeOf(crop: string, sample: LabSample): LoadGraded["grade"] {
  if (crop !== "wheat") return "milling-1";
  if (sample.proteinPct >= 12 && sample.hectolitreKg >= 76 && (sample.fallingNumber ?? 0) >= 250) {
    return "milling-1";
  }
  if (sample.proteinPct >= 10.5 && sample.hectolitreKg >= 72) return "milling-2";
  return "feed";
}

export function gradeLoad(ticket: string, sample: LabSample): LoadGraded {
  const load = yard.get(ticket);
  if (!load) throw new IntakeError(`no load ${ticket} waiting for a sample`, 404);
  if (!(sample.moisturePct > 5 && sample.moisturePct < 35)) {
    throw new IntakeError("moisture reading out of range");
  }
  // Drying shrink: 1.2 % of the weight per point of moisture above the base.
  const excess = Math.max(0, sample.moisturePct - BASE_MOISTURE[load.crop]);
  const shrinkKg = Math.round(load.netKg * excess * 0.012);
  const screeningsKg = Math.round(load.netKg * (sample.screeningsPct ?? 0) / 100);
  const payableKg = load.netKg - shrinkKg - screeningsKg;
  const grade = gradeOf(load.crop, sample);
  const pricePerTonne = PRICE_PER_TONNE[load.crop][grade];
  const graded: LoadGraded = {
    ticket,
    farmer: load.farmer,
    crop: load.crop,
    grade,
    moisturePct: sample.moisturePct,
    proteinPct: sample.proteinPct,
    hectolitreKg: sample.hectolitreKg,
    shrinkKg,
    payableKg,
    pricePerTonne,
    amountCents: Math.round(payableKg * pricePerTonne / 10),
    sampler: sample.sampler ?? "lab",
  };
  store.append(`farm-${load.farmer}`, "LoadGraded", graded);
  yard.delete(ticket);
  return graded;
}

export function farmerName(id: string): string | undefined {
  return FARMERS.get(id)?.name;
}

export function siloLevels() {
  return BINS.map((b) => ({
    bin: b.id,
    crop: b.crop,
    fillKg: b.fillKg,
    fillPct: Math.round(b.fillKg / b.capacityKg * 1000) / 10,
  }));
}

export function yardSize(): number {
  return yard.size;
}
