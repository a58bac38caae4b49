"use strict";

const { Transform } = require("node:stream");

/**
 * Splits a CSV price file into row objects. Supplier files are simple (no quoted commas), but
 * every row is checked: a file with a bad row is rejected with the line number so the
 * supplier can fix it.
 */
class CsvRows extends Transform {
  constructor({ supplier, columns, numeric = [] }) {
    super({ readableObjectMode: true });
    this.supplier = supplier;
    this.columns = columns;
    this.numeric = new Set(numeric);
    this.header = null;
    this.partial = "";
    this.line = 0;
    this.accepted = 0;
  }

  _transform(chunk, _enc, callback) {
    const lines = (this.partial + chunk.toString("utf8")).split(/\r?\n/);
    this.partial = lines.pop();
    try {
      for (const line of lines) this.#row(line);
      callback();
    } catch (err) {
      callback(err);
    }
  }

  _flush(callback) {
    try {
      if (this.partial) this.#row(this.partial);
      callback();
    } catch (err) {
      callback(err);
    }
  }

  #row(line) {
    this.line++;
    if (!line.trim()) return;
    const cells = line.split(",").map((c) => c.trim());
    if (!this.header) {
      this.header = cells;
      const missing = this.columns.filter((c) => !cells.includes(c));
      if (missing.length) throw new Error(`missing columns: ${missing.join(", ")}`);
      return;
    }
    const row = { supplier: this.supplier };
    this.header.forEach((name, i) => {
      if (!this.columns.includes(name)) return;
      const value = cells[i] ?? "";
      if (this.numeric.has(name)) {
        const n = Number(value);
        if (value === "" || !Number.isFinite(n)) {
          throw new Error(`line ${this.line}: ${name} must be a number, got "${value}"`);
        }
        row[name] = n;
      } else {
        row[name] = value;
      }
    });
    this.accepted++;
    this.push(row);
  }
}

module.exports = { CsvRows };
