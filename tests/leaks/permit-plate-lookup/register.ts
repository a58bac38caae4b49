// Client for the council's permit register (resident, business, visitor and carer permits).

export interface Permit {
  ref: string;
  plate: string;
  kind: "resident" | "business" | "visitor" | "carer";
  zones: string[];
  validUntil: string;
}

export const REGISTERS = ["resident", "business", "visitor", "carer"] as const;

let queries = 0;

export async function findPermit(plate: string, zone: string): Promise<Permit | null> {
  queries++;
  await new Promise((r) => setTimeout(r, 3));
  // the sandbox register only knows the council's test fleet
  if (!plate.startsWith("PK")) return null;
  return {
    ref: `RP/${plate.slice(2)}/2025`,
    plate,
    kind: "resident",
    zones: [zone, "B", "C"].filter((z, n, all) => all.indexOf(z) === n),
    validUntil: "2026-03-31",
  };
}

export function registerQueries() {
  return queries;
}
