"use strict";

/** On-call pages go out in batches; the last 20 are kept for the ops screen. */
const outbox = [];
const sent = [];

function page(alarm, text) {
  outbox.push({ to: alarm.severity === "critical" ? "hvac-oncall" : "hvac-daytime", text });
}

setInterval(() => {
  for (const p of outbox.splice(0)) {
    sent.unshift({ to: p.to, chars: p.text.length, at: Date.now() });
  }
  if (sent.length > 20) sent.length = 20;
}, 200).unref();

module.exports = { page, sent };
