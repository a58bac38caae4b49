"use strict";

const crypto = require("node:crypto");
const { Client } = require("./vendor/pgmini/index.cjs");

class PracticeError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Practices on the platform, each with its own reporting database. */
const practices = new Map();

function databaseFor(id) {
  return `practice_${id.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;
}

function onboardPractice(body) {
  const id = String(body.id ?? "");
  if (!/^dp-[\w-]+$/.test(id)) throw new PracticeError(400, "practice id must look like dp-…");
  if (practices.has(id)) throw new PracticeError(409, `${id} already exists`);
  const practice = {
    id,
    name: String(body.name ?? id),
    odsCode: String(body.odsCode ?? ""),
    address: String(body.address ?? ""),
    chairs: Number(body.chairs ?? 2),
    settings: { recallMonths: 6, reminderHours: 48, nhsBanding: true, smsSender: "DENTAL" },
    createdAt: new Date().toISOString(),
    // reporting store; only opened when someone runs a report
    reports: new Client({
      host: "reports-db.internal",
      database: databaseFor(id),
      user: `svc_${id}`,
      password: crypto.randomBytes(18).toString("base64url"),
      application_name: `practice-api/${id}`,
      tables: {
        appointments: [],
        treatments: [],
      },
    }),
  };
  practices.set(id, practice);
  return { id, database: databaseFor(id), chairs: practice.chairs };
}

function getPractice(id) {
  const practice = practices.get(id);
  if (!practice) throw new PracticeError(404, `no practice ${id}`);
  return practice;
}

const EDITABLE = ["recallMonths", "reminderHours", "nhsBanding", "smsSender"];

function updateSettings(id, patch) {
  const practice = getPractice(id);
  for (const key of Object.keys(patch)) {
    if (!EDITABLE.includes(key)) throw new PracticeError(400, `${key} is not a setting`);
  }
  practice.settings = { ...practice.settings, ...patch };
  return { id, settings: practice.settings };
}

async function runReport(id, kind) {
  const practice = getPractice(id);
  const table = kind === "treatments" ? "treatments" : "appointments";
  const result = await practice.reports.query(`select * from ${table}`);
  return { id, kind: table, rows: result.rowCount };
}

async function offboardPractice(id) {
  const practice = getPractice(id);
  practices.delete(id);
  await practice.reports.end();
  return { id, offboarded: true };
}

function summary(id) {
  const p = getPractice(id);
  return { id: p.id, name: p.name, odsCode: p.odsCode, chairs: p.chairs, settings: p.settings };
}

function count() {
  return practices.size;
}

module.exports = {
  count,
  offboardPractice,
  onboardPractice,
  PracticeError,
  runReport,
  summary,
  updateSettings,
};
