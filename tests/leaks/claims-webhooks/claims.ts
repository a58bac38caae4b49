/** Motor claims while a garage is working on them; closed ones keep a short summary. */

export class ClaimError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Claim {
  id: string;
  policy: string;
  policyholder: { name: string; phone: string; email: string };
  vehicle: string;
  garage: string;
  status: "open" | "estimated" | "approved" | "repaired";
  estimateMinor: number | null;
  approvedBy: string | null;
  history: { at: string; what: string }[];
}

const AUTHORITY_LIMIT_MINOR = 250_000;
const open = new Map<string, Claim>();
const closed: { id: string; garage: string; approvedMinor: number | null; at: string }[] = [];

export function openClaim(input: Partial<Claim>): Claim {
  if (!input.id || !input.policy || !input.garage || !input.policyholder) {
    throw new ClaimError(400, "id, policy, garage and policyholder are required");
  }
  if (open.has(input.id)) throw new ClaimError(409, `${input.id} is already open`);
  const claim: Claim = {
    id: input.id,
    policy: input.policy,
    policyholder: { ...input.policyholder },
    vehicle: input.vehicle ?? "",
    garage: input.garage,
    status: "open",
    estimateMinor: null,
    approvedBy: null,
    history: [{ at: new Date().toISOString(), what: "opened" }],
  };
  open.set(claim.id, claim);
  return claim;
}

export function getClaim(id: string): Claim {
  const claim = open.get(id);
  if (!claim) throw new ClaimError(404, `no open claim ${id}`);
  return claim;
}

export function recordEstimate(id: string, garage: string, amountMinor: number) {
  const claim = getClaim(id);
  if (claim.garage !== garage) throw new ClaimError(403, "not this garage's claim");
  claim.estimateMinor = amountMinor;
  claim.status = "estimated";
  claim.history.push({ at: new Date().toISOString(), what: `estimate ${amountMinor}` });
  return claim;
}

/** An adjuster approves up to their authority; bigger ones go to a senior (refused here). */
export function approve(id: string, adjuster: string, amountMinor: number) {
  const claim = getClaim(id);
  if (claim.status !== "estimated") throw new ClaimError(409, "nothing to approve yet");
  if (amountMinor > AUTHORITY_LIMIT_MINOR) {
    throw new ClaimError(403, "above your authority limit: refer to a senior adjuster");
  }
  claim.status = "approved";
  claim.approvedBy = adjuster;
  claim.history.push({ at: new Date().toISOString(), what: `approved by ${adjuster}` });
  return claim;
}

export function completeRepair(id: string, garage: string) {
  const claim = getClaim(id);
  if (claim.garage !== garage) throw new ClaimError(403, "not this garage's claim");
  claim.status = "repaired";
  open.delete(id);
  closed.unshift({
    id,
    garage,
    approvedMinor: claim.estimateMinor,
    at: new Date().toISOString(),
  });
  if (closed.length > 25) closed.length = 25;
  return claim;
}

export function stats() {
  return { open: open.size, recentlyClosed: closed.slice(0, 5) };
}
