"use strict";

/** The services downstream of the outbox, as they'd consume from their queues. */
const packing = { boxes: 0, byDay: {} };
const invoices = { raised: 0, totalPence: 0 };
const mailer = { sent: 0, last: [] };

function bindConsumers(broker) {
  broker.bindQueue("packing", "veg-box", "box.reserved", (msg) => {
    const evt = JSON.parse(msg.body);
    packing.boxes++;
    const day = evt.deliveryDay ?? "unscheduled";
    packing.byDay[day] = (packing.byDay[day] ?? 0) + 1;
  });
  broker.bindQueue("invoicing", "veg-box", "invoice.requested", (msg) => {
    const evt = JSON.parse(msg.body);
    invoices.raised++;
    invoices.totalPence += evt.total;
  });
  broker.bindQueue("mailer", "veg-box", "order.*", (msg) => {
    const evt = JSON.parse(msg.body);
    mailer.sent++;
    mailer.last.unshift(`${msg.routingKey} → ${evt.customer}`);
    if (mailer.last.length > 10) mailer.last.length = 10;
  });
}

function consumerStats() {
  return { packing, invoices, mailer: { sent: mailer.sent, last: mailer.last.slice(0, 3) } };
}

module.exports = { bindConsumers, consumerStats };
