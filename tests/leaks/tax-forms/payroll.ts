/** Year totals per employee, as the payroll run leaves them (a database query in production). */
export interface YearTotals {
  employee: string;
  name: string;
  bsnMasked: string;
  year: number;
  grossCents: number;
  wageTaxCents: number;
  zvwCents: number;
  holidayPayCents: number;
  taxCreditApplied: boolean;
  employer: { name: string; payrollTaxNumber: string };
}

const EMPLOYER = { name: "Kuipers Logistiek B.V.", payrollTaxNumber: "8532.11.402.L01" };

const FIRST = ["Anouk", "Daan", "Fatima", "Joris", "Lotte", "Mehmet", "Noor", "Pieter"];
const LAST = ["de Vries", "Jansen", "El Amrani", "Bakker", "Visser", "Yilmaz", "Smit", "Mulder"];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function yearTotals(employee: string, year: number): YearTotals | null {
  if (!/^E-\d+$/.test(employee) || year < 2019 || year > new Date().getFullYear()) return null;
  const h = hash(`${employee}/${year}`);
  const gross = 3_200_000 + (h % 4_000_000);
  return {
    employee,
    name: `${FIRST[h % FIRST.length]} ${LAST[(h >>> 8) % LAST.length]}`,
    bsnMasked: `*****${String(h % 10000).padStart(4, "0")}`,
    year,
    grossCents: gross,
    wageTaxCents: Math.round(gross * 0.3697),
    zvwCents: Math.round(Math.min(gross, 6_696_500) * 0.0657),
    holidayPayCents: Math.round(gross * 0.08 / 1.08),
    taxCreditApplied: (h & 1) === 0,
    employer: EMPLOYER,
  };
}
