// Members and their points (the loyalty ledger is a separate service; this is its cache).
const members = new Map([
  ["M-17", { id: "M-17", name: "Sanne de Groot", tier: "gold", points: 18250, history: [] }],
  ["M-42", { id: "M-42", name: "Youssef Amrani", tier: "silver", points: 4120, history: [] }],
  ["M-58", { id: "M-58", name: "Eva Janssen", tier: "basic", points: 310, history: [] }],
]);

const OFFERS = [
  {
    id: "OF-coffee",
    title: "Free coffee with any pastry",
    cost: 250,
    tiers: ["basic", "silver", "gold"],
  },
  { id: "OF-10off", title: "€10 off a €50 shop", cost: 1500, tiers: ["silver", "gold"] },
  { id: "OF-lounge", title: "Station lounge day pass", cost: 6000, tiers: ["gold"] },
];

export function findMember(id) {
  return members.get(id);
}

export function earn(member, { amountCents, store, receipt }) {
  const points = Math.floor(amountCents / 100) * (member.tier === "gold" ? 2 : 1);
  member.points += points;
  member.history.push({ at: new Date().toISOString(), points, store, receipt });
  if (member.history.length > 20) member.history.splice(0, member.history.length - 20);
  return points;
}

export function offersFor(member) {
  return OFFERS.filter((o) => o.tiers.includes(member.tier))
    .map((o) => ({ ...o, affordable: member.points >= o.cost }));
}
