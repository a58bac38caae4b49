import { preferencesFor } from "./prefs.mjs";

const TOPIC_OF = {
  "appointment-reminder": "appointmentReminders",
  "lab-result": "labResults",
  "prescription-ready": "prescriptionReady",
};

/** Messages handed to the delivery gateway, newest last. */
const delivered = [];
const DELIVERED_KEPT = 25;

function minutes(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

function inQuietHours(quiet, at) {
  const now = at.getHours() * 60 + at.getMinutes();
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  return from <= to ? now >= from && now < to : now >= from || now < to;
}

export async function notify(patientId, message) {
  const prefs = await preferencesFor(patientId);
  const topic = TOPIC_OF[message.kind];
  if (!topic) return { sent: false, reason: `unknown kind ${message.kind}` };
  if (!prefs.topics[topic]) return { sent: false, reason: "opted out" };
  const channels = Object.entries(prefs.channels).filter(([, on]) => on).map(([c]) => c);
  if (channels.length === 0) return { sent: false, reason: "no channel" };
  const deferred = message.urgent !== true && inQuietHours(prefs.quietHours, new Date());
  delivered.push({ patientId, kind: message.kind, channels, deferred, at: Date.now() });
  if (delivered.length > DELIVERED_KEPT) delivered.shift();
  return { sent: true, channels, deferred };
}

export function recentDeliveries(limit) {
  return delivered.slice(-limit);
}
