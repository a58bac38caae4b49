"use strict";

const { promisify } = require("node:util");
const { LeagueCrm } = require("./vendor/leaguecrm/index.js");

const crm = new LeagueCrm({ club: "CVN", latencyMs: 5 });
const upsert = promisify(crm.upsertContact.bind(crm));

// Background work tracked for the status page and the shutdown drain.
const running = new Map();
let seq = 0;
let completed = 0;

function background(label, meta, fn) {
  const id = ++seq;
  running.set(id, { label, meta, startedAt: Date.now() });
  Promise.resolve()
    .then(fn)
    .then(() => completed++, (err) => console.error(`${label} failed: ${err.message}`))
    .finally(() => running.delete(id));
}

const FEES = { adult: 65, junior: 30, "back-to-netball": 25 };
const recent = [];

function register(body) {
  const fee = FEES[body.category];
  if (fee === undefined) throw Object.assign(new Error("unknown category"), { status: 422 });
  const registration = {
    memberNo: body.memberNo,
    name: body.name,
    dob: body.dob,
    category: body.category,
    teamId: body.teamId,
    fee,
    email: body.email,
    phone: body.phone,
    guardian: body.guardian ?? null,
    at: new Date().toISOString(),
  };
  recent.unshift({
    memberNo: registration.memberNo,
    category: registration.category,
    at: registration.at,
  });
  if (recent.length > 20) recent.pop();
  background(
    "crm.upsert",
    { registration },
    () =>
      upsert({
        memberNo: registration.memberNo,
        name: registration.name,
        email: registration.email,
        phone: registration.phone,
      }),
  );
  return registration;
}

function registrationStats() {
  return { running: running.size, completed, crm: crm.stats, recent: recent.slice(0, 3) };
}

module.exports = { register, registrationStats };
