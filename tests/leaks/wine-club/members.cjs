"use strict";

// Member preferences and the box builder. The catalogue is a fixed list per quarter; members
// are loaded per request from the members table (in-memory here) into a request-scoped unit of
// work, so a request sees one consistent copy of a member.

const CATALOGUE = Object.freeze([
  {
    sku: "RIO-2021-CR",
    name: "Rioja Crianza 2021",
    style: "red",
    grape: "tempranillo",
    cents: 1495,
  },
  { sku: "GRV-2023", name: "Grüner Veltliner 2023", style: "white", grape: "gruner", cents: 1295 },
  { sku: "CDR-2022", name: "Côtes du Rhône 2022", style: "red", grape: "grenache", cents: 1195 },
  {
    sku: "ALB-2023",
    name: "Albariño Rías Baixas 2023",
    style: "white",
    grape: "albarino",
    cents: 1695,
  },
  { sku: "PRV-ROSE-24", name: "Provence Rosé 2024", style: "rose", grape: "cinsault", cents: 1395 },
  {
    sku: "CHI-2020",
    name: "Chianti Classico 2020",
    style: "red",
    grape: "sangiovese",
    cents: 1895,
  },
  {
    sku: "RSL-KAB-22",
    name: "Riesling Kabinett 2022",
    style: "white",
    grape: "riesling",
    cents: 1595,
  },
  { sku: "CAV-BR", name: "Cava Brut Reserva", style: "sparkling", grape: "macabeo", cents: 1250 },
].map((w) => Object.freeze(w)));

const memberRows = new Map([
  ["m-1", {
    id: "m-1",
    name: "Joost Hendriks",
    plan: "explorer",
    prefs: { styles: ["red", "white"], excludeGrapes: [], bottlesPerBox: 6, budgetCents: 9000 },
    address: { city: "Haarlem", postcode: "2011 KL" },
  }],
  ["m-2", {
    id: "m-2",
    name: "Ilse Vermeulen",
    plan: "sparkling",
    prefs: {
      styles: ["sparkling", "rose"],
      excludeGrapes: [],
      bottlesPerBox: 3,
      budgetCents: 5000,
    },
    address: { city: "Leiden", postcode: "2312 AB" },
  }],
]);

class MemberError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class UnitOfWork {
  constructor() {
    this.loaded = new Map();
  }

  member(id) {
    if (this.loaded.has(id)) return this.loaded.get(id);
    const row = memberRows.get(id);
    if (!row) throw new MemberError(404, "no such member");
    const member = structuredClone(row);
    this.loaded.set(id, member);
    return member;
  }

  save(member) {
    memberRows.set(member.id, structuredClone(member));
  }
}

const STYLES = new Set(["red", "white", "rose", "sparkling"]);

/** Applies the preferences form: lists in the form replace the member's lists. */
function applyPreferences(member, form) {
  const prefs = { ...member.prefs };
  if (form.styles !== undefined) {
    if (!Array.isArray(form.styles) || !form.styles.every((s) => STYLES.has(s))) {
      throw new MemberError(422, "styles must be red, white, rose or sparkling");
    }
    prefs.styles = [...new Set(form.styles)];
  }
  if (form.excludeGrapes !== undefined) {
    prefs.excludeGrapes = [...new Set(form.excludeGrapes.map(String))].slice(0, 20);
  }
  if (form.bottlesPerBox !== undefined) {
    if (![3, 6, 12].includes(form.bottlesPerBox)) throw new MemberError(422, "3, 6 or 12 bottles");
    prefs.bottlesPerBox = form.bottlesPerBox;
  }
  if (form.budgetCents !== undefined) {
    prefs.budgetCents = Math.max(0, Number(form.budgetCents) || 0);
  }
  if (form.note !== undefined) prefs.note = String(form.note).slice(0, 200);
  member.prefs = prefs;
  return member;
}

function nextBox(member) {
  const { styles, excludeGrapes, bottlesPerBox, budgetCents } = member.prefs;
  const pool = CATALOGUE.filter((w) =>
    styles.includes(w.style) && !excludeGrapes.includes(w.grape)
  );
  const box = [];
  let spent = 0;
  for (let i = 0; box.length < bottlesPerBox && pool.length && i < bottlesPerBox * 3; i++) {
    const wine = pool[i % pool.length];
    if (spent + wine.cents > budgetCents) continue;
    box.push(wine);
    spent += wine.cents;
  }
  return { bottles: box.map((w) => w.name), totalCents: spent };
}

module.exports = { MemberError, UnitOfWork, applyPreferences, nextBox };
