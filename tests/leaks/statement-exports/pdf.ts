/**
 * The statement as a one-page PDF (Helvetica, A4), written by hand: the bank's PDF service is
 * too slow for on-demand downloads and a statement is only text lines.
 */

import { startExport } from "./export_jobs.ts";
import { formatCents, transactions } from "./ledger.ts";

const encoder = new TextEncoder();

function pdfText(text: string): string {
  return text.replace(/[\\()]/g, (ch) => `\\${ch}`).replace(/[^\x20-\x7e]/g, "?");
}

function pdfDocument(contentStream: string): Uint8Array<ArrayBuffer> {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${contentStream.length} >>\nstream\n${contentStream}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, n) => {
    offsets.push(out.length);
    out += `${n + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(out);
}

export function statementPdf(iban: string, month: string, holder: string): Uint8Array<ArrayBuffer> {
  const job = startExport(iban, month, "pdf");
  const rows = transactions(iban, month);
  job.write(`BT /F1 14 Tf 50 800 Td (${pdfText(`Account statement ${month}`)}) Tj ET`);
  job.write(`BT /F1 10 Tf 50 782 Td (${pdfText(`${holder} - ${iban}`)}) Tj ET`);
  let y = 750;
  for (const tx of rows) {
    const line = `${tx.bookedOn}  ${tx.counterparty.padEnd(22)} ${tx.description.padEnd(30)} ${
      formatCents(tx.amountCents).padStart(10)
    } ${formatCents(tx.balanceCents).padStart(11)}`;
    job.write(`BT /F1 8 Tf 50 ${y} Td (${pdfText(line)}) Tj ET`);
    job.rows++;
    y -= 12;
  }
  const closing = rows.at(-1)?.balanceCents ?? 0;
  job.write(
    `BT /F1 10 Tf 50 ${y - 10} Td (${
      pdfText(`Closing balance EUR ${formatCents(closing)}`)
    }) Tj ET`,
  );
  return pdfDocument(job.parts.join("\n"));
}
