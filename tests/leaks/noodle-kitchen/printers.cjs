"use strict";

const { ticketBuffers } = require("./tickets.cjs");

// The printers sit on the kitchen LAN; a job takes a moment to go out over the socket.
const SEND_MS = 60;
const HISTORY = 20;

const printers = new Map([
  ["wok", { host: "10.0.4.21", jobs: 0, bytes: 0, history: [] }],
  ["grill", { host: "10.0.4.22", jobs: 0, bytes: 0, history: [] }],
  ["cold", { host: "10.0.4.23", jobs: 0, bytes: 0, history: [] }],
]);

function spool(station, data, orderNumber) {
  const printer = printers.get(station);
  if (!printer) throw new Error(`no printer for station ${station}`);
  setTimeout(() => {
    printer.jobs++;
    printer.bytes += data.length;
    printer.history.push({ order: orderNumber, bytes: data.length, at: Date.now() });
    if (printer.history.length > HISTORY) printer.history.shift();
    // the printer has the job: the buffer can go back to the pool
    ticketBuffers.release(data);
  }, SEND_MS);
}

function printerStatus() {
  return Object.fromEntries(
    [...printers].map(([station, p]) => [station, {
      host: p.host,
      jobs: p.jobs,
      bytes: p.bytes,
      last: p.history.at(-1) ?? null,
    }]),
  );
}

module.exports = { spool, printerStatus };
