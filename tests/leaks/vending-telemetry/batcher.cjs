// Batches vend events into rows for the warehouse loader. Written for the first telemetry
// gateway (2019); the loader takes at most 500 rows a call, and the gateway also flushes on a
// timer so quiet machines do not wait for a full batch.

const warehouse = require("./warehouse.cjs");

function vendTime(at) {
  const when = at ? new Date(at) : new Date();
  // Machines whose clock was never set report 1970 or garbage; use the arrival time then.
  return isNaN(when.getTime()) || when.getFullYear() < 2015 ? new Date() : when;
}

function toRow(event) {
  return {
    machine: event.machine,
    slot: event.slot,
    product: event.product || null,
    priceCents: event.priceCents | 0,
    payment: event.payment || "cash",
    vendedAt: vendTime(event.at).toISOString(),
    receivedAt: Date.now(),
    firmware: event.firmware || "unknown",
  };
}

function VendBatcher(options) {
  this.table = options.table;
  this.maxRows = options.maxRows || 500;
  this.shipped = 0;
  this.flushes = 0;
}

VendBatcher.prototype.add = function (event) {
  const pending = this.pending || (this.pending = []);
  pending.push(toRow(event));
  if (pending.length >= this.maxRows) this.flush();
};

VendBatcher.prototype.flush = function () {
  if (!this.pending || this.pending.length === 0) return 0;
  const rows = this.pending;
  this.pending = [];
  warehouse.load(this.table, rows);
  this.shipped += rows.length;
  this.flushes++;
  return rows.length;
};

VendBatcher.prototype.stats = function () {
  return {
    table: this.table,
    waiting: this.pending ? this.pending.length : 0,
    shipped: this.shipped,
    flushes: this.flushes,
  };
};

module.exports = VendBatcher;
