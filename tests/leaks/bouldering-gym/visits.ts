/** Who is in the gym, per area, and the front desk's list of the latest check-ins. */
export const AREAS = ["boulder-hall", "lead-wall", "kids-wall", "training-room"] as const;
export type Area = (typeof AREAS)[number];

interface Visit {
  member: string;
  name: string;
  area: Area;
  since: number;
}

const inside = new Map<string, Visit>();
const perArea = new Map<Area, number>(AREAS.map((a) => [a, 0]));
const RECENT = 40;
const recent: (Visit | undefined)[] = new Array(RECENT);
let next = 0;
let today = 0;

export function checkIn(member: string, name: string, area: Area): Visit {
  const existing = inside.get(member);
  if (existing) return existing;
  const visit = { member, name, area, since: Date.now() };
  inside.set(member, visit);
  perArea.set(area, perArea.get(area)! + 1);
  recent[next] = visit;
  next = (next + 1) % RECENT;
  today++;
  return visit;
}

export function checkOut(member: string): Visit | undefined {
  const visit = inside.get(member);
  if (!visit) return undefined;
  inside.delete(member);
  perArea.set(visit.area, perArea.get(visit.area)! - 1);
  return visit;
}

export function occupancy() {
  const latest = [];
  for (let k = 1; k <= 5; k++) {
    const v = recent[(next - k + RECENT) % RECENT];
    if (v) latest.push(`${v.name} → ${v.area}`);
  }
  return { inside: inside.size, perArea: Object.fromEntries(perArea), today, latest };
}
