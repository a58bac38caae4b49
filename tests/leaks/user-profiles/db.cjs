"use strict";

// Stand-in for the users table: rows are derived from the id, writes go to a small overlay
// that only keeps the most recent edits.
const MAX_OVERLAY = 40;
const overlay = new Map();

function baseRow(id) {
  return {
    id,
    displayName: `User ${id}`,
    email: `user${id}@example.com`,
    timezone: ["Europe/Amsterdam", "America/New_York", "Asia/Tokyo"][id % 3],
    locale: ["en", "nl", "ja"][id % 3],
    createdAt: new Date(Date.UTC(2020, 0, 1) + id * 3_600_000).toISOString(),
  };
}

async function findUser(id) {
  await new Promise((resolve) => setImmediate(resolve));
  return { ...baseRow(id), ...overlay.get(id) };
}

function updateUser(id, changes) {
  const previous = overlay.get(id);
  overlay.delete(id);
  overlay.set(id, { ...previous, ...changes });
  if (overlay.size > MAX_OVERLAY) overlay.delete(overlay.keys().next().value);
  return findUser(id);
}

module.exports = { findUser, updateUser };
