import { EventEmitter } from "node:events";
import { Readable } from "node:stream";
import { setImmediate as tick } from "node:timers/promises";

/** Client for the read replica the exports stream from (one connection for the process). */
class ReplicaClient extends EventEmitter {
  #tables = new Map();
  connected = false;

  constructor(name) {
    super();
    this.name = name;
  }

  connect() {
    this.connected = true;
    this.emit("ready");
  }

  load(table, rows) {
    this.#tables.set(table, rows);
  }

  /** Rows of `table` matching `where`, fetched in pages, as an object stream. */
  query(table, where, { pageSize = 20 } = {}) {
    return Readable.from(this.#pages(this.#tables.get(table) ?? [], where, pageSize));
  }

  async *#pages(rows, where, pageSize) {
    for (let offset = 0; offset < rows.length; offset += pageSize) {
      if (!this.connected) throw new Error("replica disconnected");
      await tick();
      for (const row of rows.slice(offset, offset + pageSize)) {
        if (where(row)) yield { ...row };
      }
    }
  }

  update(table, match, patch) {
    const row = (this.#tables.get(table) ?? []).find(match);
    if (row) Object.assign(row, patch);
    return row;
  }

  close() {
    this.connected = false;
    this.emit("close");
  }
}

export const replica = new ReplicaClient("stock-ro-1");

const WAREHOUSES = ["ROT-1", "TIL-2", "VNL-3"];
const stock = [];
for (const warehouse of WAREHOUSES) {
  for (let n = 1; n <= 60; n++) {
    stock.push({
      warehouse,
      sku: `SKU-${String(n).padStart(4, "0")}`,
      onHand: (n * 17) % 140,
      reserved: n % 7,
      bin: `${warehouse.slice(0, 1)}${(n % 12) + 1}-${(n % 5) + 1}`,
      updatedAt: "2025-05-01T06:00:00Z",
    });
  }
}
replica.load("stock", stock);
replica.connect();
