"use strict";

const { randomBytes } = require("node:crypto");

/**
 * Password reset e-mails. A request for a reference we do not know is answered the same way
 * (no account enumeration) and sends nothing. Links are valid for RESET_TTL_MS; the mailer
 * drains the queue every 200 ms and the last 20 sends are kept for the helpdesk.
 */
const RESET_TTL_MS = 60 * 60 * 1000;
const queue = [];
const sent = [];
const links = new Map();

function requestReset(claimant) {
  if (!claimant) return;
  const token = randomBytes(24).toString("base64url");
  links.set(token, { ref: claimant.ref, expiresAt: Date.now() + RESET_TTL_MS });
  queue.push({
    to: claimant.email,
    subject: "Reset your benefits account password",
    body: `Hello ${claimant.name},\n\nUse this link within the hour: ` +
      `https://benefits.example.gov/reset/${token}\n`,
  });
}

setInterval(() => {
  const now = Date.now();
  for (const mail of queue.splice(0)) {
    sent.unshift({ to: mail.to, subject: mail.subject, at: now });
  }
  if (sent.length > 20) sent.length = 20;
  for (const [token, link] of links) {
    if (link.expiresAt <= now) links.delete(token);
  }
}, 200).unref();

function recentSends() {
  return sent.slice(0, 5);
}

module.exports = { recentSends, requestReset };
