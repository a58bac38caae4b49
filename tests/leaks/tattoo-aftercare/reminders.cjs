"use strict";
const { TinyHeap } = require("tiny-heap");
const { sendSms } = require("./sms.cjs");

// Aftercare texts are due at a time; the soonest is at the top of the heap.
const queue = new TinyHeap((a, b) => a.dueAt - b.dueAt);
const sent = { count: 0, last: null };

const TEMPLATES = {
  "thank-you":
    "Thanks for sitting with us at {studio}, {name}! Your aftercare sheet: https://ink.example/care",
  "first-wash":
    "Hi {name}, time to take the wrap off and give the new piece its first gentle wash.",
};

function schedule(session, kind, dueAt) {
  const text = TEMPLATES[kind]
    .replace("{name}", session.client.firstName)
    .replace("{studio}", session.studio);
  queue.push({ dueAt, kind, phone: session.client.phone, text, session });
  return { kind, dueAt };
}

function dispatchDue(now = Date.now()) {
  while (queue.size > 0 && queue.peek().dueAt <= now) {
    const r = queue.pop();
    sendSms(r.phone, r.text);
    sent.count++;
    sent.last = r.kind;
  }
}

setInterval(() => dispatchDue(), 100).unref();

module.exports = { schedule, dispatchDue, queueStats: () => ({ queued: queue.size, sent }) };
