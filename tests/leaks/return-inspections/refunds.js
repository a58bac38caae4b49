"use strict";

const openRmas = new Map();
const refunds = [];
const REFUNDS_KEPT = 40;

function openRma({ rma, order, sku, priceCents, reason, customer }) {
  if (openRmas.has(rma)) return { error: `${rma} is already open` };
  const entry = {
    rma,
    order,
    sku,
    priceCents,
    reason,
    customer,
    openedAt: new Date().toISOString(),
  };
  openRmas.set(rma, entry);
  return { rma: entry };
}

function findRma(id) {
  return openRmas.get(id);
}

function refund(rma) {
  if (!rma.inspection) return { error: "not inspected yet" };
  const amountCents = Math.round((rma.priceCents * rma.inspection.refundPct) / 100);
  const issued = {
    rma: rma.rma,
    order: rma.order,
    amountCents,
    disposition: rma.inspection.disposition,
    at: new Date().toISOString(),
  };
  openRmas.delete(rma.rma);
  refunds.push(issued);
  if (refunds.length > REFUNDS_KEPT) refunds.shift();
  return { refund: issued };
}

function refundSummary() {
  return { open: openRmas.size, recent: refunds.slice(-5) };
}

module.exports = { findRma, openRma, refund, refundSummary };
