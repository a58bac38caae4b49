"use strict";

/**
 * Visit cards sent to the readers' handhelds. A card stays in sync.delivery.unacked until the
 * handheld confirms it has stored it; a handheld that reconnects asks for its outbox again.
 */
const sync = {
  handhelds: new Map(),
  delivery: {
    unacked: new Map(),
    sent: 0,
    acknowledged: 0,
  },
};

function handheld(id) {
  let device = sync.handhelds.get(id);
  if (!device) {
    device = { id, lastContactAt: null, batches: 0 };
    sync.handhelds.set(id, device);
  }
  return device;
}

function queueCards(handheldId, cards) {
  const device = handheld(handheldId);
  device.batches++;
  device.lastContactAt = new Date().toISOString();
  for (const card of cards) {
    card.queuedAt = Date.now();
    sync.delivery.unacked.set(card.id, card);
    sync.delivery.sent++;
  }
  return cards.length;
}

function acknowledge(handheldId, visitIds) {
  handheld(handheldId).lastContactAt = new Date().toISOString();
  let acked = 0;
  for (const id of visitIds) {
    const card = sync.delivery.unacked.get(id);
    if (!card || card.handheld !== handheldId) continue;
    sync.delivery.unacked.delete(id);
    acked++;
  }
  sync.delivery.acknowledged += acked;
  return acked;
}

function outbox(handheldId) {
  const cards = [];
  for (const card of sync.delivery.unacked.values()) {
    if (card.handheld === handheldId) cards.push(card);
  }
  return cards;
}

function deviceStatus(handheldId) {
  const device = sync.handhelds.get(handheldId);
  if (!device) return null;
  return { ...device, sent: sync.delivery.sent, acknowledged: sync.delivery.acknowledged };
}

module.exports = { queueCards, acknowledge, outbox, deviceStatus };
