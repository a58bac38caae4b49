// What happened at the counter: the 40 most recent pickups in a ring, and totals per
// pharmacist on today's roster.
export const ROSTER = ["de-boer", "el-amrani", "visser"] as const;
type Pharmacist = typeof ROSTER[number];

interface Pickup {
  rx: string;
  items: number;
  by: Pharmacist;
  at: number;
}

const RING = 40;
const ring: (Pickup | undefined)[] = new Array(RING).fill(undefined);
let next = 0;
const perPharmacist = Object.fromEntries(ROSTER.map((p) => [p, 0])) as Record<Pharmacist, number>;

export function isRostered(name: string): name is Pharmacist {
  return (ROSTER as readonly string[]).includes(name);
}

export function recordPickup(pickup: Pickup) {
  ring[next] = pickup;
  next = (next + 1) % RING;
  perPharmacist[pickup.by]++;
}

export function counterStats() {
  const recent = [];
  for (let k = 1; k <= 5; k++) {
    const p = ring[(next - k + RING) % RING];
    if (p) recent.push({ rx: p.rx, by: p.by });
  }
  return { perPharmacist, recent };
}
