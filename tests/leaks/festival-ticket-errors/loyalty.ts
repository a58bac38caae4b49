interface Member {
  tier: { name: string; multiplier: number };
  points: number;
}

const members = new Map<string, Member>([
  ["alice@example.com", { tier: { name: "gold", multiplier: 2 }, points: 1200 }],
  ["bob@example.com", { tier: { name: "silver", multiplier: 1.5 }, points: 310 }],
]);

/** Points a purchase earns; 1 point per pound, times the member's tier. */
export function pointsFor(email: string, totalPence: number): number {
  const member = members.get(email.toLowerCase());
  return Math.floor(totalPence / 100 * member!.tier.multiplier);
}

export function award(email: string, points: number) {
  const member = members.get(email.toLowerCase());
  if (member) member.points += points;
}
