export type Livery = "full" | "part" | "grass" | "diy";

export interface Horse {
  id: string;
  name: string;
  owner: string;
  livery: Livery;
  stable: string;
  weightKg: number;
  workload: "rest" | "light" | "medium" | "hard";
  arrivedAt: string;
  log: string[];
}

export class YardError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

const MAX_LOG = 20;
const STABLES = ["A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4", "B5", "B6"];

export const horses = new Map<string, Horse>();
/** Yard-wide notices (farrier, vet, worming); each horse's handlers listen while it is here. */
export const notices = new EventTarget();
const tenancy = new Map<string, AbortController>();
const departed: { id: string; name: string; left: string }[] = [];

export function note(horse: Horse, text: string) {
  horse.log.push(`${new Date().toISOString()} ${text}`);
  if (horse.log.length > MAX_LOG) horse.log.splice(0, horse.log.length - MAX_LOG);
}

function freeStable(): string {
  const taken = new Set([...horses.values()].map((h) => h.stable));
  const stable = STABLES.find((s) => !taken.has(s));
  if (!stable) throw new YardError("the yard is full", 409);
  return stable;
}

export function arrive(body: Partial<Horse>): Horse {
  if (!body.id || horses.has(body.id)) throw new YardError("a new passport number is required");
  const horse: Horse = {
    id: body.id,
    name: String(body.name ?? "unnamed"),
    owner: String(body.owner ?? ""),
    livery: body.livery ?? "full",
    stable: freeStable(),
    weightKg: Number(body.weightKg ?? 500),
    workload: body.workload ?? "light",
    arrivedAt: new Date().toISOString(),
    log: [],
  };
  horses.set(horse.id, horse);
  const controller = new AbortController();
  tenancy.set(horse.id, controller);
  notices.addEventListener("visit", (e) => {
    const { kind, horses: booked, at } = (e as CustomEvent).detail;
    if (booked.includes(horse.id)) note(horse, `${kind} booked for ${at}`);
  }, { signal: controller.signal });
  note(horse, `arrived on ${horse.livery} livery, stable ${horse.stable}`);
  return horse;
}

export function find(id: string): Horse {
  const horse = horses.get(id);
  if (!horse) throw new YardError(`no horse ${id} on the yard`, 404);
  return horse;
}

export function depart(id: string) {
  const horse = find(id);
  horses.delete(id);
  tenancy.get(id)?.abort();
  tenancy.delete(id);
  departed.unshift({ id, name: horse.name, left: new Date().toISOString() });
  departed.length = Math.min(departed.length, 25);
  return { id, name: horse.name, stable: horse.stable };
}

export function overview() {
  return {
    horses: horses.size,
    listening: tenancy.size,
    stables: [...horses.values()].map((h) => ({ stable: h.stable, horse: h.name })),
    departed: departed.slice(0, 5),
  };
}
