import { startExport } from "./export_jobs.ts";
import { formatCents, transactions } from "./ledger.ts";

const quote = (field: string) => /[";\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

/** The statement as CSV (semicolon separated, as Dutch Excel expects). */
export function statementCsv(iban: string, month: string): string {
  using job = startExport(iban, month, "csv");
  job.write("Date;Counterparty;Counter IBAN;Description;Amount (EUR);Balance (EUR)\n");
  for (const tx of transactions(iban, month)) {
    job.write(
      [
        tx.bookedOn,
        tx.counterparty,
        tx.counterIban,
        tx.description,
        formatCents(tx.amountCents),
        formatCents(tx.balanceCents),
      ].map(quote).join(";") + "\n",
    );
    job.rows++;
  }
  return job.parts.join("");
}
