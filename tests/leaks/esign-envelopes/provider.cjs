"use strict";

// The e-signature provider's API, as far as we use it. This is its sandbox double: envelopes
// are kept until their signed PDF has been downloaded, as the provider's retention allows.
const crypto = require("node:crypto");

const envelopes = new Map(); // provider id → { signers, signed, declined }
let calls = 0;

const latency = () => new Promise((resolve) => setTimeout(resolve, 1));

async function createEnvelope({ title, signers, documents }) {
  await latency();
  calls++;
  const id = "env_" + crypto.randomBytes(8).toString("hex");
  envelopes.set(id, {
    title,
    pages: documents.reduce((n, d) => n + d.pages, 0),
    signers: signers.map((s) => s.email),
    signed: new Set(),
    declined: false,
  });
  return id;
}

async function recordSignature(id, email, accept = true) {
  await latency();
  calls++;
  const env = envelopes.get(id);
  if (!env || !env.signers.includes(email)) return false;
  if (accept) env.signed.add(email);
  else env.declined = true;
  return true;
}

async function status(id) {
  await latency();
  calls++;
  const env = envelopes.get(id);
  if (!env) return "unknown";
  if (env.declined) return "declined";
  return env.signed.size === env.signers.length ? "completed" : "sent";
}

async function downloadSigned(id) {
  await latency();
  calls++;
  const env = envelopes.get(id);
  envelopes.delete(id);
  return { title: env.title, pages: env.pages, sha256: crypto.randomBytes(32).toString("hex") };
}

module.exports = {
  createEnvelope,
  recordSignature,
  status,
  downloadSigned,
  providerStats: () => ({ calls, held: envelopes.size }),
};
