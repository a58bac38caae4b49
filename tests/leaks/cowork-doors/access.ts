import { type Tree, tree } from "./tree.ts";
import { memberForBadge, redeemGuestPass } from "./members.ts";

export const DOORS = ["front", "studio-2", "bike-room", "roof"];

/**
 * Suspensions set by the front desk: `blocks.badges[badge].until` for a lost badge or an
 * unpaid invoice, `blocks.doors[door].until` while a door is locked down.
 */
export const blocks: Tree = tree();

export interface Decision {
  at: number;
  door: string;
  badge: string;
  result: "open" | "denied";
  reason: string;
  who?: string;
}

// The last 50 decisions for the desk's screen.
const recent: Decision[] = [];
const counts = { open: 0, denied: 0 };

function log(decision: Decision): Decision {
  recent.push(decision);
  if (recent.length > 50) recent.splice(0, recent.length - 50);
  counts[decision.result]++;
  return decision;
}

export function suspendBadge(badge: string, minutes: number, reason: string) {
  blocks.badges[badge].until = Date.now() + minutes * 60_000;
  blocks.badges[badge].reason = reason;
}

export function lockDown(door: string, minutes: number) {
  blocks.doors[door].until = Date.now() + minutes * 60_000;
}

export function decide(door: string, badge: string): Decision {
  const now = Date.now();
  const base = { at: now, door, badge };
  if (blocks.doors[door].until > now) {
    return log({ ...base, result: "denied", reason: "door locked down" });
  }
  if (blocks.badges[badge].until > now) {
    return log({ ...base, result: "denied", reason: `suspended: ${blocks.badges[badge].reason}` });
  }
  const member = memberForBadge(badge);
  if (member) {
    return member.doors.includes(door)
      ? log({ ...base, result: "open", reason: member.plan, who: member.id })
      : log({ ...base, result: "denied", reason: "not on plan", who: member.id });
  }
  const pass = redeemGuestPass(badge, door);
  if (pass) {
    return log({ ...base, result: "open", reason: `guest of ${pass.host.id}`, who: pass.guest });
  }
  return log({ ...base, result: "denied", reason: "unknown badge" });
}

export function recentDecisions(door: string | null, limit: number): Decision[] {
  return recent.filter((d) => !door || d.door === door).slice(-limit);
}

export function decisionCounts() {
  return { ...counts };
}
