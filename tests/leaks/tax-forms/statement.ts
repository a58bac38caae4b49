import type { YearTotals } from "./payroll.ts";

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

function money(cents: number): string {
  return euro.format(cents / 100);
}

function row(label: string, value: string): string {
  return `${label.padEnd(42, ".")} ${value.padStart(16)}`;
}

/**
 * The annual statement (jaaropgaaf) as a plain-text document, the layout the Belastingdienst
 * accepts for the employee's own records. The PDF renderer takes the same lines.
 */
export function renderStatement(t: YearTotals): string {
  const lines = [
    `JAAROPGAAF ${t.year}`,
    "",
    `Werkgever: ${t.employer.name}`,
    `Loonheffingennummer: ${t.employer.payrollTaxNumber}`,
    "",
    `Werknemer: ${t.name} (${t.employee})`,
    `BSN: ${t.bsnMasked}`,
    "",
    row("Loon voor de loonbelasting/volksverzekeringen", money(t.grossCents)),
    row("Ingehouden loonbelasting/premie volksverz.", money(t.wageTaxCents)),
    row("Bijdrage Zvw", money(t.zvwCents)),
    row("Waarvan vakantiegeld", money(t.holidayPayCents)),
    row("Loonheffingskorting toegepast", t.taxCreditApplied ? "Ja" : "Nee"),
    "",
    `Aangemaakt op ${new Date().toLocaleDateString("nl-NL")}`,
  ];
  return lines.join("\n") + "\n";
}
