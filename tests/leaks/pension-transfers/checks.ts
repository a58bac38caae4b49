/**
 * Scam and eligibility checks on a transfer out (the regulator's "red flags" and "amber flags").
 * The scheme register lookup is a remote call in production; here it answers from a cached copy
 * after a short delay.
 */

export interface TransferRequest {
  memberId: string;
  schemeName: string;
  receivingScheme: { name: string; pstr: string; type: string };
  amountPence: number;
  reason: string;
  contactedBy: string | null;
  overseas: boolean;
}

const REGISTER = new Map<string, { name: string; registered: string; status: string }>([
  ["00612345RT", { name: "Northgate Master Trust", registered: "2014-04-06", status: "open" }],
  ["00698765RL", { name: "Harbour Lane SIPP", registered: "2009-11-02", status: "open" }],
  ["00655555RN", { name: "Evergreen Retirement Plan", registered: "2021-02-17", status: "open" }],
]);

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runChecks(req: TransferRequest): Promise<string[]> {
  const flags: string[] = [];
  await delay(5);
  const entry = REGISTER.get(req.receivingScheme.pstr);
  if (!entry) flags.push("red:receiving-scheme-not-registered");
  else if (entry.registered > "2020-01-01") flags.push("amber:recently-registered-scheme");
  if (req.contactedBy) flags.push("amber:unsolicited-contact");
  if (req.overseas) flags.push("amber:overseas-investments");
  if (/guaranteed|loan|early access/i.test(req.reason)) {
    flags.push("red:pension-liberation-wording");
  }
  if (req.amountPence > 25_000_000) flags.push("amber:large-transfer");
  return flags;
}
