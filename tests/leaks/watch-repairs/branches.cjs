"use strict";

/** The workshop's branches; per-branch state exists only for these. */
const BRANCHES = {
  utrecht: { name: "Horlogerie Utrecht", watchmakers: 3, labourPerHourCents: 9500 },
  groningen: { name: "Horlogerie Groningen", watchmakers: 2, labourPerHourCents: 8800 },
  maastricht: { name: "Horlogerie Maastricht", watchmakers: 2, labourPerHourCents: 9200 },
};

const state = new Map(
  Object.entries(BRANCHES).map(([id, info]) => [
    id,
    { id, ...info, intake: 0, collected: 0, lastActivityAt: 0 },
  ]),
);

function branch(id) {
  return state.get(id);
}

module.exports = { branch };
