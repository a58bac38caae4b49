import { enqueue } from "./outbox.ts";

export class LoyaltyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Member {
  id: string;
  name: string;
  tier: "blue" | "silver" | "gold";
  balance: number;
  lifetime: number;
}

const members = new Map<string, Member>([
  ["m-2001", { id: "m-2001", name: "Sanne Kuipers", tier: "gold", balance: 5120, lifetime: 48200 }],
  ["m-2002", { id: "m-2002", name: "Daan Mulder", tier: "blue", balance: 310, lifetime: 1900 }],
  ["m-2003", {
    id: "m-2003",
    name: "Fleur Hendriks",
    tier: "silver",
    balance: 880,
    lifetime: 12050,
  }],
]);

const MULTIPLIER = { blue: 1, silver: 1.25, gold: 1.5 } as const;
const TIER_THRESHOLDS: [Member["tier"], number][] = [["gold", 40000], ["silver", 10000]];

export function getMember(id: string): Member {
  const member = members.get(id);
  if (!member) throw new LoyaltyError(404, `no member ${id}`);
  return member;
}

function tierFor(lifetime: number): Member["tier"] {
  return TIER_THRESHOLDS.find(([, min]) => lifetime >= min)?.[0] ?? "blue";
}

/** Points for a purchase; the change goes to the CRM through the outbox. */
export function earn(memberId: string, orderRef: string, amountCents: number, store: string) {
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new LoyaltyError(400, "amountCents must be a positive integer");
  }
  const member = getMember(memberId);
  const points = Math.floor((amountCents / 100) * MULTIPLIER[member.tier]);
  member.balance += points;
  member.lifetime += points;
  const tier = tierFor(member.lifetime);
  const upgraded = tier !== member.tier;
  member.tier = tier;
  enqueue("points.earned", {
    member: member.id,
    points,
    balance: member.balance,
    tier,
    upgraded,
    orderRef,
    store,
    at: new Date().toISOString(),
  });
  return { member: member.id, points, balance: member.balance, tier };
}

/** Redeeming points for a reward voucher. */
export function redeem(memberId: string, reward: string, cost: number) {
  const member = getMember(memberId);
  if (member.balance < cost) throw new LoyaltyError(409, "not enough points");
  member.balance -= cost;
  enqueue("points.redeemed", {
    member: member.id,
    reward,
    cost,
    balance: member.balance,
    at: new Date().toISOString(),
  });
  return { member: member.id, reward, balance: member.balance };
}
