// Fare rules per plan, in euro cents. Members get the first 30 minutes of every ride free.
const PLANS = new Map([
  ["pay-as-you-go", { unlockCents: 100, perMinuteCents: 25, freeMinutes: 0, dailyCapCents: 2000 }],
  ["member", { unlockCents: 0, perMinuteCents: 15, freeMinutes: 30, dailyCapCents: 1200 }],
  ["student", { unlockCents: 0, perMinuteCents: 10, freeMinutes: 15, dailyCapCents: 800 }],
]);

export function planFor(riderId) {
  if (riderId.startsWith("stu-")) return "student";
  if (riderId.startsWith("mem-")) return "member";
  return "pay-as-you-go";
}

export function fare(plan, startedAt, endedAt) {
  const rules = PLANS.get(plan);
  if (!rules) throw new Error(`unknown plan ${plan}`);
  const minutes = Math.max(1, Math.ceil((endedAt - startedAt) / 60_000));
  const billable = Math.max(0, minutes - rules.freeMinutes);
  const cents = Math.min(rules.unlockCents + billable * rules.perMinuteCents, rules.dailyCapCents);
  return { minutes, cents };
}

export const DOCKS = new Set([
  "centraal-03",
  "dam-12",
  "leidseplein-07",
  "museumplein-02",
  "zuid-wtc-05",
]);
