/**
 * The order service's data store: tables of JSON records kept in memory, read and written the way
 * a database client would — every call takes a few milliseconds and hands back a copy, so what a
 * caller holds is its own snapshot of the row. Plain JavaScript so that both servers (`app.ts`
 * under Deno, `node/app.mjs` under Node) load the one copy.
 *
 * @module
 */

/**
 * @typedef {object} Product
 * @property {string} sku
 * @property {string} name
 * @property {number} price
 */

/**
 * @typedef {object} Stock
 * @property {string} sku
 * @property {number} available
 */

/** Round-trip time of one query, milliseconds (a database on the same network). */
const MIN_LATENCY_MS = 1;
const MAX_LATENCY_MS = 4;

function roundTrip() {
  const ms = MIN_LATENCY_MS + Math.random() * (MAX_LATENCY_MS - MIN_LATENCY_MS);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Tables of records by key. */
export class Database {
  /** @type {Map<string, Map<string, object>>} */
  #tables = new Map();

  /**
   * The record stored under `key`, as a copy, or undefined.
   * @param {string} table
   * @param {string} key
   * @returns {Promise<any>}
   */
  async get(table, key) {
    await roundTrip();
    const row = this.#tables.get(table)?.get(key);
    return row === undefined ? undefined : structuredClone(row);
  }

  /**
   * Every record of `table`, as copies.
   * @param {string} table
   * @returns {Promise<any[]>}
   */
  async all(table) {
    await roundTrip();
    return [...(this.#tables.get(table)?.values() ?? [])].map((row) => structuredClone(row));
  }

  /**
   * Stores `row` under `row[keyField]`, replacing what was there.
   * @param {string} table
   * @param {any} row
   * @param {string} [keyField]
   */
  async put(table, row, keyField = "id") {
    await roundTrip();
    let rows = this.#tables.get(table);
    if (!rows) this.#tables.set(table, rows = new Map());
    rows.set(String(row[keyField]), structuredClone(row));
  }

  /**
   * Loads rows without the round trip (start-up fixtures).
   * @param {string} table
   * @param {any[]} rows
   * @param {string} [keyField]
   */
  seed(table, rows, keyField = "id") {
    const map = new Map(rows.map((row) => [String(row[keyField]), structuredClone(row)]));
    this.#tables.set(table, map);
  }
}

/**
 * The demo catalogue and its stock: 40 products; every fifth one nearly sold out.
 * @returns {{ products: Product[], stock: Stock[] }}
 */
export function demoCatalog() {
  const names = ["mug", "notebook", "pen", "lamp", "chair", "desk", "plant", "poster"];
  const products = [];
  const stock = [];
  for (let n = 1; n <= 40; n++) {
    const sku = `sku-${n}`;
    products.push({ sku, name: `${names[n % names.length]} #${n}`, price: 3 + ((n * 7) % 40) });
    stock.push({ sku, available: n % 5 === 0 ? 1 : 500 });
  }
  return { products, stock };
}
