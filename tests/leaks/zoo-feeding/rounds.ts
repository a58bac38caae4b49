import { claim, release } from "./claims.ts";
import { Diet } from "./diets.ts";
import { fed } from "./rota.ts";

export class ZooError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Item {
  food: string;
  kg: number;
}

export interface Round {
  id: string;
  enclosure: string;
  keeper: string;
  items: Item[];
  weights: { animal: string; kg: number }[];
  notes: string;
  startedAt: number;
}

const MAX_UNDO = 5;
const rounds = new Map<string, Round>();
const undo = new Map<string, Round[]>();
const log: { id: string; enclosure: string; keeper: string; kg: number; at: number }[] = [];
const MAX_LOG = 40;

function itemsOf(raw: unknown): Item[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((x) => ({ food: String(x.food), kg: Number(x.kg) }));
}

export function start(body: Record<string, unknown>): Round {
  const id = String(body.id ?? "");
  if (!id || rounds.has(id)) throw new ZooError(409, `round ${id} exists or has no id`);
  const enclosure = String(body.enclosure ?? "");
  const diet = Diet.of(enclosure);
  if (!diet) throw new ZooError(404, `no enclosure ${enclosure}`);
  const items = itemsOf(body.items);
  const problems = diet.check(items);
  if (problems.length) throw new ZooError(422, problems.join("; "));
  const round: Round = {
    id,
    enclosure,
    keeper: String(body.keeper ?? ""),
    items,
    weights: [],
    notes: String(body.notes ?? ""),
    startedAt: Date.now(),
  };
  const busy = claim({ enclosure, keeper: round.keeper, round: id, since: round.startedAt });
  if (busy) throw new ZooError(409, `${busy.keeper} is feeding ${enclosure}`);
  rounds.set(id, round);
  return round;
}

export function get(id: string): Round {
  const round = rounds.get(id);
  if (!round) throw new ZooError(404, `no round ${id}`);
  return round;
}

export function amend(id: string, patch: Record<string, unknown>): Round {
  const round = get(id);
  const stack = undo.get(id) ?? [];
  stack.push(structuredClone(round));
  if (stack.length > MAX_UNDO) stack.shift();
  undo.set(id, stack);
  if (patch.items) {
    const items = itemsOf(patch.items);
    const problems = Diet.of(round.enclosure)!.check(items);
    if (problems.length) throw new ZooError(422, problems.join("; "));
    round.items = items;
  }
  if (typeof patch.notes === "string") round.notes = patch.notes;
  return round;
}

export function addWeights(id: string, weights: { animal: string; kg: number }[]) {
  const round = get(id);
  round.weights = weights.slice(0, 50);
  return { id, animals: round.weights.length };
}

export function complete(id: string) {
  const round = get(id);
  const kg = round.items.reduce((s, i) => s + i.kg, 0);
  rounds.delete(id);
  undo.delete(id);
  release(round.enclosure, id);
  fed(round.enclosure, round.keeper, kg);
  log.unshift({ id, enclosure: round.enclosure, keeper: round.keeper, kg, at: Date.now() });
  if (log.length > MAX_LOG) log.length = MAX_LOG;
  return { id, kg };
}

export function today() {
  return { open: rounds.size, log: log.slice(0, 10) };
}
