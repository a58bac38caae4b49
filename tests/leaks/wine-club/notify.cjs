"use strict";

// "Your preferences changed" e-mails, debounced per member: a member who fiddles with the form
// gets one e-mail with the final state, a few seconds after the last save.

const pending = new Map();
const sent = [];
const SENT_KEPT = 25;
const QUIET_MS = 30;

function preferencesChanged(member) {
  const existing = pending.get(member.id);
  if (existing) clearTimeout(existing.timer);
  const entry = {
    memberId: member.id,
    prefs: member.prefs,
    timer: setTimeout(() => {
      pending.delete(member.id);
      sent.push({ to: member.id, template: "prefs-updated", prefs: entry.prefs, at: Date.now() });
      if (sent.length > SENT_KEPT) sent.shift();
    }, QUIET_MS),
  };
  pending.set(member.id, entry);
}

function outbox() {
  return { pending: pending.size, sent: sent.slice(-5) };
}

module.exports = { preferencesChanged, outbox };
