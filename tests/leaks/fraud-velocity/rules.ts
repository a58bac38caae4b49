import type { Features, TxnEvent } from "./features.ts";

export interface Decision {
  txn: string;
  customer: string;
  score: number;
  action: "approve" | "review" | "decline";
  reasons: string[];
  at: string;
  outcome?: string;
}

interface Rule {
  code: string;
  weight: number;
  hit(f: Features, e: TxnEvent): boolean;
}

const RULES: Rule[] = [
  { code: "velocity_5_in_window", weight: 30, hit: (f) => f.txnCount >= 5 },
  { code: "spend_over_1500", weight: 25, hit: (f) => f.spendMinor > 150_000 },
  { code: "many_devices", weight: 20, hit: (f) => f.distinctDevices >= 3 },
  { code: "country_hopping", weight: 20, hit: (f) => f.distinctCountries >= 3 },
  { code: "bin_ip_mismatch", weight: 15, hit: (_f, e) => e.binCountry !== e.ipCountry },
  {
    code: "rapid_repeat",
    weight: 15,
    hit: (f) => f.secondsSinceLast !== null && f.secondsSinceLast < 10,
  },
  { code: "recent_declines", weight: 25, hit: (f) => f.declinesInWindow >= 2 },
  {
    code: "high_ticket_new",
    weight: 20,
    hit: (f, e) => f.accountAgeSeconds < 60 && e.amountMinor > 50_000,
  },
];

export function score(customer: string, f: Features, e: TxnEvent): Decision {
  const reasons: string[] = [];
  let total = 0;
  for (const rule of RULES) {
    if (rule.hit(f, e)) {
      total += rule.weight;
      reasons.push(rule.code);
    }
  }
  const s = Math.min(100, total);
  return {
    txn: e.txn,
    customer,
    score: s,
    action: s >= 60 ? "decline" : s >= 35 ? "review" : "approve",
    reasons,
    at: new Date(e.at).toISOString(),
  };
}
