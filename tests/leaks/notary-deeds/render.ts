import type { DeedDocument } from "./deeds.ts";

const EUR = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** The deed as the signing-room print: a plain-text layout the PDF service typesets. */
export function renderDeed(doc: DeedDocument): string {
  const lines = [
    `DEED OF CONVEYANCE — matter ${doc.matter} (revision ${doc.revision})`,
    "",
    ...doc.parties.map((p) => `${p.role.toUpperCase()}: ${p.name}, born ${p.born}, ${p.address}`),
    `PARCEL: ${doc.parcel.cadastral}, ${doc.parcel.areaM2} m²`,
    `PRICE: ${EUR.format(doc.priceCents / 100)}`,
    "",
  ];
  for (const clause of doc.clauses) {
    lines.push(`Article ${clause.number}. ${clause.title}`, clause.text);
    for (const r of doc.remarks.filter((r) => r.clause === clause.number)) {
      lines.push(`  [remark by ${r.by}: ${r.text}]`);
    }
  }
  return lines.join("\n");
}
