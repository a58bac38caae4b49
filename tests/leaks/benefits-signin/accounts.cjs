"use strict";

const { randomBytes, scrypt, timingSafeEqual } = require("node:crypto");

const SCRYPT = { N: 1024, r: 8, p: 1 };

function hash(password, salt) {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Claimants by reference (the portal's copy of what the benefits system lets sign in). */
const claimants = new Map();

async function enrol(ref, name, email, password) {
  const salt = randomBytes(16);
  claimants.set(ref, {
    ref,
    name,
    email,
    salt,
    hash: await hash(password, salt),
    enrolledAt: Date.now(),
  });
}

const ready = Promise.all([
  enrol("CL100231", "Joanne Pryce", "j.pryce@example.org", "allotment-rhubarb-42"),
  enrol("CL100877", "Kwame Mensah", "kwame.mensah@example.org", "Sunday roast at 3!"),
  enrol("CL101456", "Agnieszka Wolska", "aga.wolska@example.org", "tram19-nightshift"),
]);

// so an unknown reference takes as long as a wrong password
const decoySalt = randomBytes(16);

/** The claimant for a reference and password, or null. */
async function verify(ref, password) {
  await ready;
  const claimant = claimants.get(String(ref).trim().toUpperCase());
  const key = await hash(String(password), claimant ? claimant.salt : decoySalt);
  if (!claimant) return null;
  return timingSafeEqual(key, claimant.hash) ? claimant : null;
}

function find(ref) {
  return claimants.get(String(ref).trim().toUpperCase()) ?? null;
}

module.exports = { find, ready, verify };
