import { History, type Tables } from "./history.ts";

export class PlanError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Guest {
  id: string;
  name: string;
  party: string;
  diet?: string;
  access?: string;
}

export interface Plan {
  id: string;
  venue: string;
  event: string;
  date: string;
  guests: Map<string, Guest>;
  tables: Tables;
  tableNames: string[];
  lastNote?: string;
  revision: number;
}

const plans = new Map<string, Plan>();
const history = new History();

const FIRST = [
  "Amelia",
  "Oliver",
  "Isla",
  "George",
  "Ava",
  "Harry",
  "Mia",
  "Jack",
  "Freya",
  "Noah",
];
const LAST = ["Hargreaves", "Okafor", "Patel", "Lindqvist", "Murphy", "Dlamini", "Chen", "Evans"];

function seedPlan(): Plan {
  const guests = new Map<string, Guest>();
  for (let n = 1; n <= 96; n++) {
    const id = `G-${String(n).padStart(3, "0")}`;
    guests.set(id, {
      id,
      name: `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`,
      party: n <= 48 ? "bride" : "groom",
      diet: n % 11 === 0 ? "vegetarian" : n % 17 === 0 ? "gluten free" : undefined,
      access: n === 23 ? "wheelchair" : undefined,
    });
  }
  const ids = [...guests.keys()];
  const tables: Tables = [];
  for (let t = 0; t < 12; t++) {
    tables.push(
      Array.from({ length: 10 }, (_, s) => ids[t * 8 + s] && s < 8 ? ids[t * 8 + s] : ""),
    );
  }
  return {
    id: "HARGREAVES-OKAFOR",
    venue: "The Orangery, Kedleston",
    event: "Wedding breakfast",
    date: "2031-06-14",
    guests,
    tables,
    tableNames: ["Top table", ...[
      "Ash",
      "Beech",
      "Cedar",
      "Elm",
      "Hazel",
      "Holly",
      "Larch",
      "Maple",
      "Oak",
      "Rowan",
      "Willow",
    ]],
    revision: 1,
  };
}
const seeded = seedPlan();
plans.set(seeded.id, seeded);

export function getPlan(id: string): Plan {
  const plan = plans.get(id);
  if (!plan) throw new PlanError(404, `no plan ${id}`);
  return plan;
}

function find(plan: Plan, guestId: string): [number, number] | null {
  for (let t = 0; t < plan.tables.length; t++) {
    const s = plan.tables[t].indexOf(guestId);
    if (s !== -1) return [t, s];
  }
  return null;
}

/** Moves a guest to a seat; whoever sat there takes the guest's old seat. */
export function moveGuest(planId: string, body: Record<string, unknown>) {
  const plan = getPlan(planId);
  const guestId = String(body.guest ?? "");
  if (!plan.guests.has(guestId)) throw new PlanError(422, `${guestId} is not on the guest list`);
  const table = Number(body.table);
  const seat = Number(body.seat);
  if (!plan.tables[table] || seat < 0 || seat >= plan.tables[table].length) {
    throw new PlanError(422, `no seat ${seat} at table ${table}`);
  }
  history.record(plan.id, plan.tables);
  const from = find(plan, guestId);
  const displaced = plan.tables[table][seat];
  plan.tables[table][seat] = guestId;
  if (from) plan.tables[from[0]][from[1]] = displaced === guestId ? "" : displaced;
  if (typeof body.note === "string") plan.lastNote = body.note;
  plan.revision++;
  return {
    revision: plan.revision,
    table: plan.tableNames[table],
    seat,
    displaced: displaced || null,
  };
}

export function undo(planId: string) {
  const plan = getPlan(planId);
  const previous = history.undo(plan.id);
  if (!previous) throw new PlanError(409, "nothing to undo");
  plan.tables = previous;
  plan.revision++;
  return { revision: plan.revision, undoDepth: history.depth(plan.id) };
}

export function tableCard(planId: string, table: number) {
  const plan = getPlan(planId);
  const seats = plan.tables[table];
  if (!seats) throw new PlanError(404, `no table ${table}`);
  return {
    table: plan.tableNames[table],
    seats: seats.map((id, n) => {
      const g = id ? plan.guests.get(id) : undefined;
      return {
        seat: n + 1,
        name: g?.name ?? null,
        diet: g?.diet ?? null,
        access: g?.access ?? null,
      };
    }),
  };
}

export function summary(planId: string) {
  const plan = getPlan(planId);
  const seated = plan.tables.flat().filter(Boolean).length;
  return {
    id: plan.id,
    venue: plan.venue,
    event: plan.event,
    date: plan.date,
    guests: plan.guests.size,
    seated,
    revision: plan.revision,
    undoDepth: history.depth(plan.id),
    lastNote: plan.lastNote ?? null,
  };
}
