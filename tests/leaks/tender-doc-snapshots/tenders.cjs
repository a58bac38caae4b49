"use strict";

const { LRU } = require("./vendor/tiny-lru/index.cjs");
const { renderTender } = require("./render.cjs");

class TenderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Rendered snapshots by tender id; an edit replaces the tender's snapshot. */
const snapshots = new LRU({ max: 50, ttl: 10 * 60_000 });
const counters = { renders: 0, hits: 0 };

const tenders = new Map();
for (
  const [id, title, sections] of [
    ["T-2031", "Framework agreement: school catering, Lot 2", [
      ["Scope", "Hot meals for 14 primary schools, 190 school days a year."],
      ["Nutrition standards", "Menus meet the School Food Standards; allergens labelled."],
      ["Pricing", "Price per meal, fixed for the first two years, then indexed to CPI."],
      ["Social value", "Local sourcing targets and apprenticeships, reported quarterly."],
    ]],
    ["T-2044", "Grounds maintenance, northern parks", [
      ["Scope", "Mowing, hedges and litter picking for 31 sites."],
      ["Equipment", "Battery-powered hand tools within 18 months of award."],
    ]],
  ]
) {
  tenders.set(id, {
    id,
    title,
    revision: 1,
    sections: sections.map(([t, text]) => ({ title: t, text, editedBy: null })),
  });
}

function getTender(id) {
  const tender = tenders.get(id);
  if (!tender) throw new TenderError(404, `no tender ${id}`);
  return tender;
}

function snapshot(id) {
  const cached = snapshots.get(id);
  if (cached) {
    counters.hits++;
    return cached;
  }
  const tender = getTender(id);
  const html = renderTender(tender);
  counters.renders++;
  const snap = { revision: tender.revision, html, renderedAt: new Date().toISOString() };
  snapshots.set(id, snap);
  return snap;
}

function editSection(id, n, text, editor) {
  const tender = getTender(id);
  const section = tender.sections[n - 1];
  if (!section) throw new TenderError(404, `${id} has no section ${n}`);
  if (typeof text !== "string" || text.length > 10_000) {
    throw new TenderError(422, "section text must be a string under 10k");
  }
  section.text = text;
  section.editedBy = editor;
  tender.revision++;
  // re-render now so reviewers opening the snapshot get it at once
  const snap = {
    revision: tender.revision,
    html: renderTender(tender),
    renderedAt: new Date().toISOString(),
  };
  counters.renders++;
  snapshots.set(id, snap);
  return { id, revision: tender.revision };
}

function stats() {
  return { ...counters, cached: snapshots.size };
}

module.exports = { TenderError, editSection, getTender, snapshot, stats };
