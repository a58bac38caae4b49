"use strict";
// In-process stand-in for the pharmacy's stock database: connections with named prepared
// statements, transactions that buffer writes until commit, a few ms of latency a round trip.

const stock = new Map();
const dispensed = [];
let nextConnectionId = 1;

const latency = () => new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 3));

const STATEMENTS = {
  "stock.get": "SELECT * FROM stock WHERE sku = $1",
  "stock.below": "SELECT sku, name, on_hand FROM stock WHERE on_hand < $1 ORDER BY on_hand",
  "stock.take": "UPDATE stock SET on_hand = on_hand - $2 WHERE sku = $1",
  "dispensed.insert": "INSERT INTO dispensed (rx_id, sku, qty, patient) VALUES ($1, $2, $3, $4)",
};

class Connection {
  constructor() {
    this.id = nextConnectionId++;
    this.openedAt = Date.now();
    this.statements = new Map();
    this.tx = null;
    this.queries = 0;
    this.closed = false;
  }

  async query(name, ...args) {
    if (this.closed) throw new Error(`connection ${this.id} is closed`);
    let statement = this.statements.get(name);
    if (!statement) {
      statement = { name, text: STATEMENTS[name], preparedAt: Date.now(), uses: 0 };
      this.statements.set(name, statement);
    }
    statement.uses++;
    this.queries++;
    await latency();
    switch (name) {
      case "stock.get":
        return stock.has(args[0]) ? { ...stock.get(args[0]) } : null;
      case "stock.below":
        return [...stock.values()].filter((s) => s.onHand < args[0])
          .sort((a, b) => a.onHand - b.onHand).map((s) => ({ ...s }));
      case "stock.take":
      case "dispensed.insert":
        if (!this.tx) throw new Error("write outside a transaction");
        this.tx.writes.push({ name, args });
        return { rowCount: 1 };
      default:
        throw new Error(`unknown statement ${name}`);
    }
  }

  async begin() {
    await latency();
    this.tx = { startedAt: Date.now(), writes: [] };
  }

  async commit() {
    await latency();
    for (const { name, args } of this.tx?.writes ?? []) {
      if (name === "stock.take") stock.get(args[0]).onHand -= args[1];
      else dispensed.push({ rxId: args[0], sku: args[1], qty: args[2], patient: args[3] });
    }
    this.tx = null;
  }

  async rollback() {
    await latency();
    this.tx = null;
  }

  close() {
    this.closed = true;
    this.statements.clear();
  }
}

async function connect() {
  await latency();
  return new Connection();
}

const products = [
  ["AMOX-500", "Amoxicillin 500mg caps", 84],
  ["IBU-200", "Ibuprofen 200mg tabs", 640],
  ["OMEP-20", "Omeprazole 20mg caps", 112],
  ["SALB-100", "Salbutamol 100mcg inhaler", 9],
  ["METF-500", "Metformin 500mg tabs", 380],
  ["ATOR-20", "Atorvastatin 20mg tabs", 15],
];
for (const [sku, name, onHand] of products) {
  stock.set(sku, { sku, name, onHand, reorderAt: 20, location: `Bay ${sku.length}` });
}

module.exports = { connect };
