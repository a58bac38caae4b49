"use strict";

const { logger } = require("./log.cjs");

class ArrangementError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const OFFICIANTS = new Map([
  ["rev-okafor", { name: "Revd Grace Okafor", kind: "church" }],
  ["celebrant-hale", { name: "Martin Hale", kind: "civil" }],
  ["humanist-lindqvist", { name: "Ingrid Lindqvist", kind: "humanist" }],
]);

const HEARSES = new Map([
  ["H1", { reg: "FD21 HRS", model: "Mercedes E-Class Binz" }],
  ["H2", { reg: "FD19 KLM", model: "Jaguar XJ Coleman Milne" }],
  ["H3", { reg: "FD23 WXT", model: "Volvo V90 Wilcox" }],
]);

const STATUS_FLOW = ["first-call", "arranged", "confirmed", "held"];

/** Funerals being arranged, by reference; a funeral leaves when its file is closed. */
const active = new Map();
/** The last 30 closed files, for the directors' "recently completed" list. */
const recentlyClosed = [];

function open(body) {
  if (!body?.id || !body.deceased?.name || !body.serviceAt) {
    throw new ArrangementError(400, "id, deceased.name and serviceAt are required");
  }
  if (active.has(body.id)) throw new ArrangementError(409, `${body.id} is already open`);
  const arrangement = {
    id: body.id,
    deceased: { ...body.deceased },
    informant: { ...body.informant },
    director: body.director,
    serviceType: body.serviceType ?? "burial",
    serviceAt: body.serviceAt,
    venue: body.venue ?? null,
    officiant: null,
    hearse: null,
    music: [],
    flowers: [],
    notices: [],
    status: "first-call",
    openedAt: Date.now(),
  };
  active.set(arrangement.id, arrangement);
  logger.info("arrangement {id} opened by {director}", {
    id: arrangement.id,
    director: arrangement.director,
    serviceType: arrangement.serviceType,
  });
  return arrangement;
}

function need(id) {
  const arrangement = active.get(id);
  if (!arrangement) throw new ArrangementError(404, `no open arrangement ${id}`);
  return arrangement;
}

function update(id, patch) {
  const arrangement = need(id);
  const changed = [];
  for (const field of ["music", "flowers", "notices"]) {
    if (Array.isArray(patch[field])) {
      arrangement[field] = patch[field].map((entry) => ({ ...entry }));
      changed.push(field);
    }
  }
  if (patch.venue) {
    arrangement.venue = patch.venue;
    changed.push("venue");
  }
  if (arrangement.status === "first-call") arrangement.status = "arranged";
  logger.info("arrangement {id} updated", { id, changed: changed.join(",") });
  return arrangement;
}

function confirm(id, body) {
  const arrangement = need(id);
  const officiant = OFFICIANTS.get(body.officiant);
  const hearse = HEARSES.get(body.hearse);
  if (!officiant || !hearse) throw new ArrangementError(422, "unknown officiant or hearse");
  arrangement.officiant = { id: body.officiant, ...officiant };
  arrangement.hearse = { id: body.hearse, ...hearse };
  arrangement.status = "confirmed";
  logger.notice("service for {id} confirmed at {venue}", {
    id,
    venue: arrangement.venue?.name ?? "tbc",
    officiant: officiant.name,
    hearse: hearse.reg,
  });
  return arrangement;
}

function close(id) {
  const arrangement = need(id);
  arrangement.status = "held";
  active.delete(id);
  recentlyClosed.unshift({
    id,
    deceased: arrangement.deceased.name,
    serviceAt: arrangement.serviceAt,
    director: arrangement.director,
  });
  if (recentlyClosed.length > 30) recentlyClosed.length = 30;
  logger.info("file {id} closed", { id, steps: STATUS_FLOW.length });
  return { id, status: "held" };
}

function schedule(date) {
  return [...active.values()]
    .filter((arrangement) => arrangement.serviceAt.startsWith(date))
    .map((arrangement) => ({
      id: arrangement.id,
      at: arrangement.serviceAt,
      venue: arrangement.venue?.name ?? null,
      hearse: arrangement.hearse?.reg ?? null,
      officiant: arrangement.officiant?.name ?? null,
      status: arrangement.status,
    }));
}

function summary() {
  return { open: active.size, recentlyClosed: recentlyClosed.slice(0, 10) };
}

module.exports = { ArrangementError, close, confirm, open, schedule, summary, update };
