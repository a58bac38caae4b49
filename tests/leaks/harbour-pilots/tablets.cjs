"use strict";

/** Cards pushed to the pilots' tablets, kept until the tablet confirms it has them. */
const unconfirmed = new Map();

function pushCards(tabletId, job) {
  const cards = [
    { kind: "boarding", text: `Board ${job.vessel.name} at ${job.from}, ladder on the lee side` },
    { kind: "berth", text: `${job.to}, port side to, two tugs forward and aft` },
    { kind: "tide", text: `Draught ${job.vessel.draughtM} m: sail within the tide window` },
  ].map((card, n) => ({ ...card, id: job.number * 10 + n + 1, tablet: tabletId, job: job.id }));
  for (const card of cards) unconfirmed.set(card.id, card);
  return cards.map((c) => c.id);
}

function confirmCards(tabletId, raw) {
  const ids = String(raw ?? "").split(",").filter(Boolean).map(Number);
  let confirmed = 0;
  for (const id of ids) {
    const card = unconfirmed.get(id);
    if (card && card.tablet === tabletId && unconfirmed.delete(id)) confirmed++;
  }
  return confirmed;
}

function waiting(tabletId) {
  return [...unconfirmed.values()].filter((c) => c.tablet === tabletId).length;
}

module.exports = { pushCards, confirmCards, waiting };
