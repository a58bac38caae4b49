"use strict";

const { randomUUID } = require("node:crypto");
const { setImmediate: nextTurn } = require("node:timers/promises");
const { shutdown } = require("./lifecycle.cjs");

const KEEP_UPLOADS = 25;
const uploads = new Map();

class Upload {
  constructor(name) {
    this.id = randomUUID();
    this.name = name;
    this.status = "processing";
    this.rows = [];
    this.errors = [];
    this.receivedAt = new Date().toISOString();
  }

  summary() {
    return {
      id: this.id,
      name: this.name,
      status: this.status,
      rows: this.rows.length,
      errors: this.errors,
    };
  }
}

function parseLine(line, n) {
  const [sku, qty, price] = line.split(",").map((s) => s.trim());
  if (!/^[A-Z]+-\d+$/.test(sku ?? "")) return { error: `line ${n}: bad sku ${sku}` };
  if (!/^\d+$/.test(qty ?? "")) return { error: `line ${n}: bad quantity` };
  return { row: { sku, qty: Number(qty), priceCents: Math.round(Number(price ?? 0) * 100) } };
}

async function processUpload(name, csv) {
  const upload = new Upload(name);
  uploads.set(upload.id, upload);
  if (uploads.size > KEEP_UPLOADS) uploads.delete(uploads.keys().next().value);

  shutdown.signal.addEventListener("abort", () => {
    if (upload.status === "processing") upload.status = "interrupted";
  }, { once: true });

  const lines = csv.split(/\r?\n/).filter(Boolean).slice(1);
  for (let n = 0; n < lines.length; n++) {
    if (upload.status !== "processing") break;
    const { row, error } = parseLine(lines[n], n + 2);
    if (error) upload.errors.push(error);
    else upload.rows.push(row);
    if (n % 50 === 49) await nextTurn();
  }
  if (upload.status === "processing") upload.status = "done";
  return upload;
}

function getUpload(id) {
  return uploads.get(id);
}

module.exports = { processUpload, getUpload };
