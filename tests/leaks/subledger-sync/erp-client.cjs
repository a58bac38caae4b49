"use strict";

// The ERP's journal import API, as the sandbox behaves: documents are booked in the company's
// functional currency (EUR) and must balance there to the cent.

const FX_TO_EUR = { EUR: 1, USD: 0.9213, GBP: 1.1687, SEK: 0.08713 };

let nextDoc = 5_100_000;

function toFunctional(cents, currency) {
  const rate = FX_TO_EUR[currency];
  if (rate === undefined) return undefined;
  return Math.round(cents * rate);
}

async function postDocuments(documents) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return documents.map((doc) => {
    let debit = 0;
    let credit = 0;
    for (const line of doc.lines) {
      const eur = toFunctional(line.amountCents, doc.currency);
      if (eur === undefined) return { ok: false, error: `currency ${doc.currency} not enabled` };
      if (line.side === "D") debit += eur;
      else credit += eur;
    }
    if (debit !== credit) {
      return {
        ok: false,
        error: `document does not balance in EUR (D ${debit} / C ${credit})`,
      };
    }
    return { ok: true, docNo: String(nextDoc++) };
  });
}

module.exports = { postDocuments };
