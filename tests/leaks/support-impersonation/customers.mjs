// The customer directory and order history, as the CRM answers them (a deterministic stand-in).
import { createHash } from "node:crypto";

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

export const agents = new Map([
  [sha256("sup_sam_41c9e07b2fd85a36"), { id: "agent-sam", name: "Sam", role: "support" }],
  [sha256("sup_noor_9a17d3e65b0c48f2"), { id: "agent-noor", name: "Noor", role: "support-lead" }],
]);

export function agentFor(authorization) {
  if (typeof authorization !== "string" || !authorization.startsWith("Bearer ")) return undefined;
  return agents.get(sha256(authorization.slice(7)));
}

export function customerProfile(id) {
  const n = parseInt(sha256(id).slice(0, 6), 16);
  return {
    id,
    name: `Customer ${id}`,
    email: `${id}@example.com`,
    tier: ["basic", "plus", "pro"][n % 3],
    since: new Date(1_500_000_000_000 + (n % 1_000_000) * 60_000).toISOString(),
  };
}

export function customerOrders(id) {
  const n = parseInt(sha256(id).slice(6, 10), 16);
  return Array.from({ length: 1 + (n % 4) }, (_, k) => ({
    id: `${id}-o${k + 1}`,
    total: 1000 + ((n * (k + 3)) % 9000),
    status: k === 0 ? "shipped" : "delivered",
  }));
}
