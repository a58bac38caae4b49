"use strict";

const { BufferPool } = require("./vendor/slabpool/index.cjs");

// ESC/POS control sequences the kitchen printers (Epson TM-T20) understand
const ESC = 0x1b;
const GS = 0x1d;
const INIT = Buffer.from([ESC, 0x40]);
const BOLD_ON = Buffer.from([ESC, 0x45, 1]);
const BOLD_OFF = Buffer.from([ESC, 0x45, 0]);
const DOUBLE = Buffer.from([GS, 0x21, 0x11]);
const NORMAL = Buffer.from([GS, 0x21, 0x00]);
const CUT = Buffer.from([GS, 0x56, 0x42, 0x03]);

const ticketBuffers = new BufferPool({ size: 2048, keep: 8 });

class TicketTooLong extends Error {}

function writer(buf) {
  let n = 0;
  const put = (bytes) => {
    if (n + bytes.length > buf.length) throw new TicketTooLong("ticket does not fit the buffer");
    bytes.copy(buf, n);
    n += bytes.length;
  };
  const line = (text = "") => put(Buffer.from(`${text}\n`, "latin1"));
  return {
    put,
    line,
    get length() {
      return n;
    },
  };
}

/**
 * Renders one station's ticket for an order into a pooled buffer. Returns the bytes written
 * (a view on the pooled buffer); the spooler releases it once the printer has it.
 */
function renderTicket(order, station, items) {
  const buf = ticketBuffers.acquire();
  try {
    const w = writer(buf);
    w.put(INIT);
    w.put(DOUBLE);
    w.line(`${station.toUpperCase()}  #${order.number}`);
    w.put(NORMAL);
    w.line(`${order.table ? `Table ${order.table}` : "Takeaway"}  ${order.server}`);
    w.line(new Date(order.placedAt).toTimeString().slice(0, 5));
    w.line("-".repeat(32));
    for (const item of items) {
      w.put(BOLD_ON);
      w.line(`${item.qty} x ${item.name}`);
      w.put(BOLD_OFF);
      for (const mod of item.mods ?? []) w.line(`   - ${mod}`);
      if (item.allergens?.length) w.line(`   !! ${item.allergens.join(", ").toUpperCase()}`);
    }
    if (order.note) w.line(`NOTE: ${order.note}`);
    w.line();
    w.put(CUT);
    return buf.subarray(0, w.length);
  } catch (err) {
    ticketBuffers.release(buf);
    throw err;
  }
}

module.exports = { renderTicket, ticketBuffers, TicketTooLong };
