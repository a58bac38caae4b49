"use strict";

// Mirrors invoices into the general ledger. Runs in the background after an edit: the finance
// team's UI should not wait for the accounting system.

const { upsertReceivable } = require("./ledger.cjs");
const { totals } = require("./invoices.cjs");

function toLedgerDocument(inv) {
  const t = totals(inv);
  return {
    externalId: inv.number,
    currency: inv.currency,
    amount: t.gross,
    counterparty: inv.customer.name,
    reference: inv.poNumber ?? inv.number,
    dueDate: inv.dueDate,
  };
}

async function syncInvoice(inv) {
  const result = await upsertReceivable(toLedgerDocument(inv));
  inv.ledger = { id: result.ledgerId, account: result.account, version: result.version };
  return inv.ledger;
}

module.exports = { syncInvoice };
