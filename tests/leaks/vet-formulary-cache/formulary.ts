// The practice group's formulary service (drug monographs and dose ranges per species).

export interface Monograph {
  code: string;
  name: string;
  species: string;
  doseMgPerKg: [number, number];
  route: string;
  frequency: string;
  cautions: string[];
  revision: number;
}

const DRUGS: Record<string, Omit<Monograph, "code" | "species" | "revision">> = {
  MELOX: {
    name: "Meloxicam 1.5 mg/ml oral suspension",
    doseMgPerKg: [0.1, 0.2],
    route: "oral",
    frequency: "once daily",
    cautions: ["Avoid in dehydrated patients", "Not with other NSAIDs or corticosteroids"],
  },
  AMOX: {
    name: "Amoxicillin/clavulanic acid 50 mg tablets",
    doseMgPerKg: [12.5, 25],
    route: "oral",
    frequency: "twice daily",
    cautions: ["Do not use in rabbits, guinea pigs, hamsters or gerbils"],
  },
  GABA: {
    name: "Gabapentin 100 mg capsules",
    doseMgPerKg: [5, 10],
    route: "oral",
    frequency: "two to three times daily",
    cautions: ["Reduce dose in renal impairment", "Sedation at higher doses"],
  },
};

const revisions = new Map<string, number>();
let reads = 0;

export async function fetchMonograph(code: string, species: string): Promise<Monograph | null> {
  reads++;
  await new Promise((r) => setTimeout(r, 3));
  const drug = DRUGS[code];
  if (!drug || !["dog", "cat", "rabbit"].includes(species)) return null;
  return {
    code,
    species,
    ...drug,
    cautions: [...drug.cautions],
    revision: revisions.get(code) ?? 1,
  };
}

export function bumpRevision(code: string): number | null {
  if (!DRUGS[code]) return null;
  const next = (revisions.get(code) ?? 1) + 1;
  revisions.set(code, next);
  return next;
}

export function formularyReads() {
  return reads;
}
