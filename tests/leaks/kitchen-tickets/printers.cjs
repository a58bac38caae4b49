"use strict";

const net = require("node:net");
const { EventEmitter } = require("node:events");

// DLE EOT 1: "transmit printer status". The printer answers with one byte once everything
// before it has been processed, so the answer doubles as "ticket printed".
const STATUS_REQUEST = Buffer.from([0x10, 0x04, 0x01]);
const STATUS_OFFLINE = 0x08;
// The kitchen printers are on the same switch as the till; they answer in a few ms.
const PRINT_TIMEOUT_MS = 300;
const MAX_STALLS = 3;
const RECONNECT_MS = 250;

/**
 * A kitchen printer on the LAN (ESC/POS over raw TCP, port 9100). The link keeps one
 * connection open and sends tickets one at a time: the ticket, then a status request.
 */
class PrinterLink extends EventEmitter {
  constructor(station, host, port) {
    super();
    this.station = station;
    this.host = host;
    this.port = port;
    this.socket = null;
    this.online = false;
    this.queue = [];
    this.current = null;
    this.printed = 0;
    this.failed = 0;
    this.stalls = 0;
    this.lastStatus = null;
    this.lastError = null;
  }

  connect() {
    const socket = net.connect({ host: this.host, port: this.port });
    socket.setNoDelay(true);
    socket.on("connect", () => {
      this.online = true;
      this.emit("online", this.station);
      this.#next();
    });
    socket.on("data", (chunk) => this.#onStatus(chunk));
    socket.on("error", (err) => {
      this.lastError = err.message;
    });
    socket.on("close", () => {
      this.online = false;
      this.socket = null;
      if (this.current) {
        // goes out again first thing after the reconnect
        this.queue.unshift(this.current);
        this.current = null;
      }
      this.emit("offline", this.station);
      setTimeout(() => this.connect(), RECONNECT_MS).unref();
    });
    this.socket = socket;
  }

  /** Resolves when the printer has the ticket. */
  print(ticket) {
    return new Promise((resolve, reject) => {
      this.queue.push({ ticket, resolve, reject, queuedAt: Date.now(), stalls: 0 });
      this.#next();
    });
  }

  #next() {
    if (this.current || !this.online || this.queue.length === 0) return;
    const job = this.queue.shift();
    this.current = job;
    this.#arm(job);
    this.socket.write(job.ticket.bytes);
    this.socket.write(STATUS_REQUEST);
  }

  #onStatus(chunk) {
    const status = chunk[chunk.length - 1];
    this.lastStatus = status;
    const job = this.current;
    if (!job) return;
    this.current = null;
    this.socket.setTimeout(0);
    if (status & STATUS_OFFLINE) {
      this.failed++;
      job.reject(new Error(`the ${this.station} printer is offline (cover open or out of paper)`));
    } else {
      this.printed++;
      job.resolve({
        station: this.station,
        printedAt: new Date().toISOString(),
        waitedMs: Date.now() - job.queuedAt,
      });
    }
    this.#next();
  }

  #stalled(job) {
    if (this.current !== job) return;
    this.stalls++;
    if (++job.stalls >= MAX_STALLS) {
      this.socket.destroy(new Error(`no answer from the ${this.station} printer`));
      return;
    }
    // the status request can get lost when the printer is busy cutting; ask again
    this.#arm(job);
    this.socket.write(STATUS_REQUEST);
  }

  #arm(job) {
    this.socket.setTimeout(PRINT_TIMEOUT_MS, () => this.#stalled(job));
  }

  describe() {
    return {
      station: this.station,
      address: `${this.host}:${this.port}`,
      online: this.online,
      queued: this.queue.length + (this.current ? 1 : 0),
      printed: this.printed,
      failed: this.failed,
      stalls: this.stalls,
      lastStatus: this.lastStatus === null ? null : `0x${this.lastStatus.toString(16)}`,
      lastError: this.lastError,
    };
  }
}

/** The site's printers by station ("grill", "cold", "bar", ...). */
const links = new Map();

function addPrinter(station, host, port) {
  const link = new PrinterLink(station, host, port);
  links.set(station, link);
  link.connect();
  return link;
}

function printerFor(station) {
  return links.get(station) ?? links.get("expo");
}

module.exports = { PrinterLink, addPrinter, printerFor, links };
