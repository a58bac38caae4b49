"use strict";

// Sales per kiosk (a fixed set), the last 30 payments for the supervisor's screen, and
// coupon redemptions sent to the brands' clearing house in batches of 20 or 200 ms after the
// first.
const KIOSKS = ["sco-1", "sco-2", "sco-3", "sco-4", "sco-5", "sco-6"];
const perKiosk = new Map(KIOSKS.map((k) => [k, { payments: 0, cents: 0 }]));
const RECENT = 30;
const recent = [];
let outbox = [];
let timer;
const clearing = { batches: 0, coupons: 0 };

function ship() {
  clearTimeout(timer);
  timer = undefined;
  if (outbox.length === 0) return;
  clearing.batches++;
  clearing.coupons += outbox.length;
  outbox = [];
}

function recordPayment(kiosk, basketId, totalCents, coupons) {
  const k = perKiosk.get(kiosk);
  if (k) {
    k.payments++;
    k.cents += totalCents;
  }
  recent.push({ kiosk, basket: basketId, totalCents, coupons: coupons.length });
  if (recent.length > RECENT) recent.shift();
  for (const c of coupons) {
    outbox.push({ code: c.code, cents: c.cents, kiosk });
    if (outbox.length >= 20) ship();
    else timer ??= setTimeout(ship, 200);
  }
}

const kioskReport = (kiosk) => perKiosk.get(kiosk);
const reportStats = () => ({ clearing, waiting: outbox.length, recent: recent.slice(-3) });

module.exports = { KIOSKS, kioskReport, recordPayment, reportStats };
