// Carriers allowed to book, and what each may bring in.

export interface Carrier {
  code: string;
  name: string;
  hazmat: boolean;
  maxPallets: number;
}

const CARRIERS: Carrier[] = [
  { code: "DHLF", name: "DHL Freight", hazmat: true, maxPallets: 33 },
  { code: "RABN", name: "Raben Netherlands", hazmat: false, maxPallets: 33 },
  { code: "VDLT", name: "Van der Laan Transport", hazmat: false, maxPallets: 26 },
  { code: "KNAG", name: "Kuehne+Nagel Road", hazmat: true, maxPallets: 33 },
];

const byCode = new Map(CARRIERS.map((c) => [c.code, c]));

export function findCarrier(code: unknown): Carrier | undefined {
  return byCode.get(String(code ?? "").trim().toUpperCase());
}

const PLATE = /^[A-Z]{1,3}-?[0-9A-Z]{1,4}-?[0-9A-Z]{1,3}$/;

export function normalisePlate(raw: unknown): string | undefined {
  const plate = String(raw ?? "").trim().toUpperCase().replace(/\s+/g, "-");
  return PLATE.test(plate) ? plate : undefined;
}
