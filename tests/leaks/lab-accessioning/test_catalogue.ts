export type TestCode = "NA" | "K" | "CREA" | "UREA" | "CRP" | "ALT" | "HB" | "WBC" | "PLT" | "TSH";

export interface TestDefinition {
  name: string;
  unit: string;
  low: number;
  high: number;
  bench: "chemistry" | "haematology" | "immunoassay";
}

export const TESTS: Record<TestCode, TestDefinition> = {
  NA: { name: "Sodium", unit: "mmol/L", low: 135, high: 145, bench: "chemistry" },
  K: { name: "Potassium", unit: "mmol/L", low: 3.5, high: 5.1, bench: "chemistry" },
  CREA: { name: "Creatinine", unit: "µmol/L", low: 49, high: 90, bench: "chemistry" },
  UREA: { name: "Urea", unit: "mmol/L", low: 2.5, high: 7.8, bench: "chemistry" },
  CRP: { name: "C-reactive protein", unit: "mg/L", low: 0, high: 5, bench: "chemistry" },
  ALT: { name: "Alanine aminotransferase", unit: "U/L", low: 0, high: 45, bench: "chemistry" },
  HB: { name: "Haemoglobin", unit: "g/L", low: 120, high: 160, bench: "haematology" },
  WBC: { name: "White cell count", unit: "10^9/L", low: 4, high: 11, bench: "haematology" },
  PLT: { name: "Platelets", unit: "10^9/L", low: 150, high: 400, bench: "haematology" },
  TSH: {
    name: "Thyroid stimulating hormone",
    unit: "mU/L",
    low: 0.4,
    high: 4,
    bench: "immunoassay",
  },
};

/** A tube goes to the bench of its first test; the others are aliquoted there. */
export function benchFor(tests: TestCode[]): string {
  return TESTS[tests[0]].bench;
}
