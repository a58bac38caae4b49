/** Staff directory as synced nightly from the HR system (a fixed copy for this service). */

export interface Person {
  id: string;
  name: string;
  email: string;
  manager?: string;
  costCentre: string;
  /** Set while the person is away; their approvals go to the delegate meanwhile. */
  away?: { until: string; delegate: string };
}

const people = new Map<string, Person>([
  ["dana.ward", {
    id: "dana.ward",
    name: "Dana Ward",
    email: "dana.ward@northwind.example",
    costCentre: "CC-410",
    away: { until: "2031-01-06", delegate: "li.chen" },
  }],
  ["li.chen", {
    id: "li.chen",
    name: "Li Chen",
    email: "li.chen@northwind.example",
    costCentre: "CC-410",
  }],
  ["omar.haddad", {
    id: "omar.haddad",
    name: "Omar Haddad",
    email: "omar.haddad@northwind.example",
    manager: "dana.ward",
    costCentre: "CC-410",
  }],
  ["finance.ap", {
    id: "finance.ap",
    name: "Accounts Payable",
    email: "ap@northwind.example",
    costCentre: "CC-100",
  }],
]);

export function person(id: string): Person | undefined {
  return people.get(id);
}

/** Who actually decides for `id` today: the person, or their delegate while they are away. */
export function actingFor(id: string, today = new Date().toISOString().slice(0, 10)): string {
  const p = people.get(id);
  if (p?.away && p.away.until >= today) return p.away.delegate;
  return id;
}
