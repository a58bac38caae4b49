import type { RenderOptions } from "./options.ts";

export interface Invoice {
  number: string;
  customer: { name: string; country: string; vatId?: string };
  lines: { description: string; qty: number; unitCents: number }[];
  dueDays: number;
}

export interface Doc {
  invoice: Invoice;
  blocks: string[];
}

type Step = (doc: Doc, opts: RenderOptions) => Doc;

const footnote = (opts: RenderOptions, text: string): number => {
  opts.footnotes.push({ n: opts.footnotes.length + 1, text });
  return opts.footnotes.length;
};

const money = (cents: number, opts: RenderOptions) =>
  new Intl.NumberFormat(opts.locale, { style: "currency", currency: opts.currency })
    .format(cents / 100);

const header: Step = (doc) => ({
  ...doc,
  blocks: [...doc.blocks, `INVOICE ${doc.invoice.number}`, doc.invoice.customer.name],
});

const lines: Step = (doc, opts) => ({
  ...doc,
  blocks: [
    ...doc.blocks,
    ...doc.invoice.lines.map((l) =>
      `${l.qty} × ${l.description} @ ${money(l.unitCents, opts)} = ${
        money(l.qty * l.unitCents, opts)
      }`
    ),
  ],
});

const vat: Step = (doc, opts) => {
  const c = doc.invoice.customer;
  if (c.country === "NL") return doc;
  const n = footnote(
    opts,
    `VAT reverse-charged (art. 196 Directive 2006/112/EC), customer VAT ID ${c.vatId ?? "n/a"}`,
  );
  return { ...doc, blocks: [...doc.blocks, `VAT 0% [${n}]`] };
};

const terms: Step = (doc, opts) => {
  const n = footnote(
    opts,
    `Invoice ${doc.invoice.number}: payable within ${doc.invoice.dueDays} days to NL91 ABNA 0417 1643 00`,
  );
  return { ...doc, blocks: [...doc.blocks, `Payment terms [${n}]`] };
};

const STEPS: Step[] = [header, lines, vat, terms];

export function render(invoice: Invoice, opts: RenderOptions): Uint8Array {
  const doc = STEPS.reduce((d, step) => step(d, opts), { invoice, blocks: [] } as Doc);
  const own = opts.footnotes.slice(-2).map((f) => `[${f.n}] ${f.text}`);
  return new TextEncoder().encode([...doc.blocks, "", ...own].join("\n"));
}
