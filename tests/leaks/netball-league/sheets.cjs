"use strict";

// Team sheets being picked by captains before a fixture, by sheet id; a sheet left alone for a
// while is dropped (the captain's app keeps its own copy).
const IDLE_MS = 200;
const sheets = {};
const counts = { started: 0, submitted: 0, expired: 0 };
const submitted = [];

function saveSheet(id, body) {
  let sheet = sheets[id];
  if (!sheet) {
    sheet = sheets[id] = {
      id,
      fixtureId: body.fixtureId,
      teamId: body.teamId,
      createdAt: Date.now(),
    };
    counts.started++;
  }
  sheet.players = body.players ?? [];
  sheet.positions = body.positions ?? {};
  sheet.captain = body.captain;
  sheet.touchedAt = Date.now();
  return sheet;
}

function submitSheet(id) {
  const sheet = sheets[id];
  if (!sheet) return undefined;
  if (sheet.players.length < 7) {
    throw Object.assign(new Error("seven players needed"), { status: 422 });
  }
  delete sheets[id];
  counts.submitted++;
  submitted.unshift({ id, fixtureId: sheet.fixtureId, teamId: sheet.teamId, at: Date.now() });
  if (submitted.length > 20) submitted.pop();
  return sheet;
}

function expireIdle(now = Date.now()) {
  for (const [id, sheet] of Object.entries(sheets)) {
    if (now - sheet.touchedAt >= IDLE_MS) {
      delete sheets[id];
      counts.expired++;
    }
  }
}

module.exports = {
  saveSheet,
  submitSheet,
  expireIdle,
  sheetStats: () => ({ ...counts, open: Object.keys(sheets).length }),
};
