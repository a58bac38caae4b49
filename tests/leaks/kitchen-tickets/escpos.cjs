"use strict";

// Just enough ESC/POS for kitchen tickets (Epson TM-T20 / TM-m30 and clones).
const ESC = 0x1b;
const GS = 0x1d;

/** Printers are set to code page 858 here; anything outside Latin-1 prints as "?". */
function toPrinterText(text) {
  return String(text).normalize("NFC").replace(/[^\x20-\x7e\xa0-\xff]/g, "?");
}

class TicketBuilder {
  constructor(width = 42) {
    this.width = width;
    this.parts = [Buffer.from([ESC, 0x40])]; // initialise
  }

  bold(on) {
    this.parts.push(Buffer.from([ESC, 0x45, on ? 1 : 0]));
    return this;
  }

  size(w, h) {
    this.parts.push(Buffer.from([GS, 0x21, ((w - 1) << 4) | (h - 1)]));
    return this;
  }

  align(where) {
    const n = where === "center" ? 1 : where === "right" ? 2 : 0;
    this.parts.push(Buffer.from([ESC, 0x61, n]));
    return this;
  }

  line(text = "") {
    this.parts.push(Buffer.from(toPrinterText(text) + "\n", "latin1"));
    return this;
  }

  columns(left, right) {
    const room = Math.max(1, this.width - String(right).length - 1);
    const l = toPrinterText(left).slice(0, room).padEnd(room, " ");
    return this.line(`${l} ${right}`);
  }

  rule(ch = "-") {
    return this.line(ch.repeat(this.width));
  }

  feed(lines) {
    this.parts.push(Buffer.from([ESC, 0x64, lines]));
    return this;
  }

  cut() {
    this.parts.push(Buffer.from([GS, 0x56, 66, 0])); // feed to cutter, partial cut
    return this;
  }

  build() {
    return Buffer.concat(this.parts);
  }
}

module.exports = { TicketBuilder, toPrinterText };
