"use strict";

/** Reward e-mails go out from a background queue so a slow SMTP relay never delays a till. */
const queue = [];
const failures = [];
const MAX_FAILURES = 25;
const stats = { sent: 0, failed: 0 };
let wake;

function queueMail(mail) {
  queue.push(mail);
  if (wake) wake();
}

async function sendViaRelay(mail) {
  await new Promise((resolve) => setImmediate(resolve));
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(mail.to)) {
    throw new Error(`relay rejected recipient ${mail.to}`);
  }
}

async function worker() {
  for (;;) {
    while (queue.length === 0) await new Promise((resolve) => (wake = resolve));
    wake = undefined;
    const mail = queue.shift();
    try {
      await sendViaRelay(mail);
      stats.sent++;
    } catch (err) {
      stats.failed++;
      failures.push({ to: mail.to, template: mail.template, error: err.message });
      if (failures.length > MAX_FAILURES) failures.splice(0, failures.length - MAX_FAILURES);
    }
  }
}

worker();

module.exports = {
  queueMail,
  mailStats: () => ({ ...stats, waiting: queue.length, recentFailures: failures.slice(-5) }),
};
