import { config } from "./config.mjs";

const [quietFrom, quietTo] = config.QUIET_HOURS_DEFAULT.split("-");
const outboxKept = Number(config.OUTBOX_KEPT);

/**
 * Notification preferences live in the preferences service; this keeps what it answered for a
 * moment, since one reminder run asks for the same patient several times.
 */
const prefCache = new Map();
/** Writes sent upstream, newest last, for the support screen. */
const outbox = [];
let upstreamReads = 0;

/** Stand-in for the preferences service's GET /patients/:id/preferences. */
async function fetchUpstream(patientId) {
  upstreamReads++;
  await new Promise((r) => setImmediate(r));
  return {
    patientId,
    contact: {
      email: `${patientId.toLowerCase()}@patients.riverside.example`,
      mobile: `+44 7700 9${patientId.replace(/\D/g, "").padStart(5, "0").slice(-5)}`,
    },
    channels: { sms: true, email: true, push: false, letter: false },
    language: "en-GB",
    quietHours: { from: quietFrom, to: quietTo },
    topics: {
      appointmentReminders: true,
      labResults: true,
      prescriptionReady: true,
      newsletters: false,
    },
    proxyAccess: [],
    consents: [
      { kind: "sms", givenAt: "2023-06-12T09:30:00.000Z", source: "registration desk" },
      { kind: "email", givenAt: "2023-06-12T09:30:00.000Z", source: "registration desk" },
    ],
    updatedAt: "2024-01-01T00:00:00.000Z",
  };
}

function remember(patientId, prefs) {
  prefCache.set(patientId, { prefs, expiresAt: Date.now() + config.PREFS_CACHE_TTL_MS });
}

export async function preferencesFor(patientId) {
  const cached = prefCache.get(patientId);
  if (cached) return cached.prefs;
  const prefs = await fetchUpstream(patientId);
  remember(patientId, prefs);
  return prefs;
}

export async function updatePreferences(patientId, changes) {
  const current = await preferencesFor(patientId);
  const next = {
    ...current,
    channels: { ...current.channels, ...changes.channels },
    topics: { ...current.topics, ...changes.topics },
    quietHours: changes.quietHours ?? current.quietHours,
    language: changes.language ?? current.language,
    updatedAt: new Date().toISOString(),
  };
  outbox.push({ patientId, at: next.updatedAt, fields: Object.keys(changes) });
  if (outbox.length > outboxKept) outbox.splice(0, outbox.length - outboxKept);
  remember(patientId, next);
  return next;
}

function sweep() {
  const now = Date.now();
  for (const [patientId, entry] of prefCache) {
    if (entry.expiresAt <= now) prefCache.delete(patientId);
  }
}

setInterval(sweep, Number(config.PREFS_SWEEP_MS)).unref();

export function prefStats() {
  return { cached: prefCache.size, upstreamReads, outbox: outbox.length };
}
