/** The county list: species a sighting may name, and which ones need a description for the panel. */

export interface Species {
  code: string;
  name: string;
  scientific: string;
  status: "common" | "scarce" | "rare";
}

export const SPECIES: Species[] = [
  { code: "ROBIN", name: "Robin", scientific: "Erithacus rubecula", status: "common" },
  { code: "BLUTI", name: "Blue Tit", scientific: "Cyanistes caeruleus", status: "common" },
  { code: "REDKI", name: "Red Kite", scientific: "Milvus milvus", status: "common" },
  { code: "KINGF", name: "Kingfisher", scientific: "Alcedo atthis", status: "scarce" },
  { code: "GOSHA", name: "Goshawk", scientific: "Accipiter gentilis", status: "scarce" },
  { code: "WAXWI", name: "Waxwing", scientific: "Bombycilla garrulus", status: "scarce" },
  { code: "HOOPO", name: "Hoopoe", scientific: "Upupa epops", status: "rare" },
  { code: "BEEEA", name: "Bee-eater", scientific: "Merops apiaster", status: "rare" },
];

const BY_CODE = new Map(SPECIES.map((s) => [s.code, s]));

export function species(code: string): Species {
  const found = BY_CODE.get(code.toUpperCase());
  if (!found) throw new RangeError(`${code} is not on the county list`);
  return found;
}

/** BTO breeding evidence codes accepted on a record. */
export const BREEDING_CODES = new Set(["H", "S", "P", "T", "D", "N", "A", "B", "NB", "ON", "FL"]);

/** A 1 km grid reference (two letters, four or more digits). */
export function validGridRef(ref: string) {
  return /^[A-Z]{2}\s?\d{2,5}\s?\d{2,5}$/.test(ref.trim().toUpperCase());
}
