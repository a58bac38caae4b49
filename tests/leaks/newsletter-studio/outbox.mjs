// The mail hand-off: a send puts its rendered messages here; the relay drains them to the SMTP
// provider (simulated) and the studio shows the last few sends.
const queue = [];
const recentSends = [];
const RECENT = 20;
let delivered = 0;

export function enqueue(newsletterId, messages) {
  for (const m of messages) queue.push(m);
  recentSends.push({
    newsletterId,
    recipients: messages.length,
    bytes: messages.reduce((n, m) => n + m.html.length, 0),
    at: new Date().toISOString(),
  });
  if (recentSends.length > RECENT) recentSends.shift();
}

function drain() {
  while (queue.length) {
    queue.shift();
    delivered++;
  }
}

setInterval(drain, 100).unref();

export function outboxStatus() {
  return { queued: queue.length, delivered, recentSends };
}
