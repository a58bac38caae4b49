"use strict";

const { BrokerClient } = require("./broker.cjs");

const broker = new BrokerClient("amqp://broker.internal:5672/ledger");

/** The outbox: rows written with the invoice change, relayed to the broker after commit. */
const outbox = new Map();
let seq = 0;
const relayed = { count: 0, bytes: 0, lastAt: null };

function record(aggregateId, type, payload) {
  const id = ++seq;
  outbox.set(id, {
    id,
    aggregateId,
    type,
    payload,
    createdAt: new Date().toISOString(),
    state: "pending",
  });
  return id;
}

/** One row on its way to the broker; settles when the broker confirms its tag. */
class Publication {
  constructor(row) {
    this.row = row;
    this.tag = null;
    this.done = new Promise((resolve) => (this.resolve = resolve));
    broker.on("confirm", this.onConfirm.bind(this));
  }

  send() {
    this.tag = broker.publish("ledger.events", this.row.type, this.row.payload, {
      "message-id": `outbox-${this.row.id}`,
      "aggregate-id": this.row.aggregateId,
    });
    return this.done;
  }

  onConfirm(tag, info) {
    if (tag !== this.tag) return;
    broker.off("confirm", this.onConfirm.bind(this));
    relayed.bytes += info.size;
    this.resolve();
  }
}

let relaying = false;

async function relayOnce() {
  if (relaying) return;
  relaying = true;
  try {
    const pending = [...outbox.values()].filter((r) => r.state === "pending").slice(0, 50);
    await Promise.all(pending.map(async (row) => {
      row.state = "sending";
      await new Publication(row).send();
      outbox.delete(row.id);
      relayed.count++;
      relayed.lastAt = new Date().toISOString();
    }));
  } finally {
    relaying = false;
  }
}

setInterval(() => {
  relayOnce().catch((err) => console.error("relay failed", err));
}, 50);

function stats() {
  return {
    pending: outbox.size,
    relayed: relayed.count,
    bytes: relayed.bytes,
    lastAt: relayed.lastAt,
    brokerPublished: broker.published,
  };
}

module.exports = { record, stats };
