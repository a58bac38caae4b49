"use strict";

// Stand-in for the SMS aggregator. UK mobiles (+447…) are accepted, anything else rejected.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function submitBatch(sender, recipients, body) {
  await delay(3);
  const results = recipients.map((to, n) => {
    const ok = /^\+447\d{9}$/.test(to);
    return ok
      ? { to, status: "accepted", messageId: `msg-${Date.now().toString(36)}-${n}` }
      : { to, status: "rejected", reason: "invalid destination" };
  });
  return { sender, parts: body.length > 160 ? Math.ceil(body.length / 153) : 1, results };
}

module.exports = { submitBatch };
