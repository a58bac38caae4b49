"use strict";

/** Orders go to the kitchen display in batches; the display shows the last 30. */
const queue = [];
const display = [];
const DISPLAY_SIZE = 30;
let nextNumber = 100;

function sendToKitchen(tenant, quote, payment) {
  const number = nextNumber++;
  if (nextNumber > 999) nextNumber = 100;
  queue.push({
    tenant: tenant.id,
    number,
    eatIn: quote.eatIn,
    items: quote.lines.map((l) =>
      `${l.qty}× ${l.name}${l.mods.length ? ` (${l.mods.join(", ")})` : ""}`
    ),
    paid: payment.method,
  });
  return number;
}

setInterval(() => {
  for (const ticket of queue.splice(0)) {
    display.unshift({ ...ticket, shownAt: Date.now() });
  }
  if (display.length > DISPLAY_SIZE) display.length = DISPLAY_SIZE;
}, 150).unref();

module.exports = { sendToKitchen, display, queue };
