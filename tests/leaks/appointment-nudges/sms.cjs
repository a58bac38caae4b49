"use strict";

/** The SMS gateway (stubbed): keeps the last 30 sends for the front desk. */
const outbox = [];
const MAX_KEPT = 30;
let sent = 0;

function sendSms(to, text, tag) {
  sent++;
  outbox.unshift({ to, chars: text.length, tag, at: new Date().toISOString() });
  if (outbox.length > MAX_KEPT) outbox.length = MAX_KEPT;
}

function smsStats() {
  return { sent, recent: outbox.slice(0, 5) };
}

module.exports = { sendSms, smsStats };
