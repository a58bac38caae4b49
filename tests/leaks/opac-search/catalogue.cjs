"use strict";

const mitt = require("./vendor/mitt/index.cjs");

const words = (s) => String(s ?? "").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);

const SEED = [
  [
    "b-101",
    "A history of the Royal Navy in the Age of Sail",
    "Rodger, N. A. M.",
    2004,
    "359.0094 ROD",
  ],
  [
    "b-102",
    "The Wooden World: an anatomy of the Georgian navy",
    "Rodger, N. A. M.",
    1986,
    "359.0094 ROD",
  ],
  ["b-103", "Maritime history of Bristol and the Severn", "Farr, Grahame", 1971, "387.509 FAR"],
  ["b-104", "Lighthouses of England and Wales", "Hague, Douglas", 1975, "387.155 HAG"],
  ["b-105", "Whaling and the Hull fleet", "Credland, Arthur", 1995, "639.28 CRE"],
  ["b-106", "The history of the port of Liverpool", "Hyde, Francis", 1971, "387.1 HYD"],
  ["b-107", "Shipwrecks of the Cornish coast", "Larn, Richard", 1969, "910.452 LAR"],
  ["b-108", "Fishing communities of the North Sea coast", "Robinson, Robb", 1996, "338.372 ROB"],
  [
    "b-109",
    "Canals and river navigations: a maritime history",
    "Hadfield, Charles",
    1966,
    "386.4 HAD",
  ],
  ["b-110", "The herring fishery of East Anglia", "Butcher, David", 1980, "338.372 BUT"],
  ["b-111", "Sea fencibles and coastal defence", "Knight, Roger", 2013, "359.97 KNI"],
  ["b-112", "Navigators and the history of the chart", "Blake, John", 2004, "623.89 BLA"],
];

class Catalogue {
  constructor() {
    this.records = new Map();
    this.events = mitt();
    for (const [id, title, author, year, shelfmark] of SEED) {
      this.records.set(id, {
        id,
        title,
        author,
        year,
        shelfmark,
        copies: 2,
        onLoan: 0,
        branch: "Central",
      });
    }
  }

  search(q, { from, to } = {}) {
    const terms = words(q);
    const hits = [];
    for (const r of this.records.values()) {
      if ((from && r.year < from) || (to && r.year > to)) continue;
      const text = words(`${r.title} ${r.author}`);
      const score = terms.filter((t) => text.includes(t)).length;
      if (score === 0) continue;
      hits.push({
        id: r.id,
        title: r.title,
        author: r.author,
        year: r.year,
        shelfmark: r.shelfmark,
        available: r.copies - r.onLoan,
        score,
      });
    }
    return hits.sort((a, b) => b.score - a.score || b.year - a.year);
  }

  get(id) {
    return this.records.get(id);
  }

  checkout(id, borrower) {
    const r = this.records.get(id);
    if (!r) return undefined;
    if (r.onLoan >= r.copies) return { id, ok: false, reason: "no copies on the shelf" };
    r.onLoan++;
    this.events.emit("change", { id, field: "availability", borrower });
    return { id, ok: true, available: r.copies - r.onLoan };
  }

  checkin(id) {
    const r = this.records.get(id);
    if (!r) return undefined;
    if (r.onLoan > 0) r.onLoan--;
    this.events.emit("change", { id, field: "availability" });
    return { id, ok: true, available: r.copies - r.onLoan };
  }
}

module.exports = { Catalogue };
