// Where an alert goes once it is released: the app's push service, the hourly e-mail digest
// and the syndication feed for partner sites. A paused channel keeps only the newest alerts,
// so partners that come back get the latest news rather than a flood.

const PAUSED_BACKLOG = 25;
const DIGEST_FLUSH_MS = 200;

function channel(id, status = "active") {
  return { id, status, backlog: [], sent: 0, dropped: 0, lastSentAt: null };
}

export const channels = new Map([
  ["push", channel("push")],
  ["digest", channel("digest")],
  ["partner-feed", channel("partner-feed", "paused")],
]);

function deliver(ch, item) {
  ch.sent++;
  ch.lastSentAt = item.releasedAt;
}

export function fanOut(alert) {
  const item = {
    id: alert.id,
    headline: alert.headline,
    url: alert.meta.url,
    section: alert.meta.section,
    releasedAt: new Date().toISOString(),
  };
  for (const ch of channels.values()) {
    if (ch.status === "paused") {
      ch.backlog.push(item);
      if (ch.backlog.length > PAUSED_BACKLOG) {
        ch.backlog.shift();
        ch.dropped++;
      }
    } else if (ch.id === "digest") {
      ch.backlog.push(item);
    } else {
      deliver(ch, item);
    }
  }
}

export function resume(id) {
  const ch = channels.get(id);
  if (!ch) return undefined;
  ch.status = "active";
  for (const item of ch.backlog.splice(0)) deliver(ch, item);
  return ch;
}

setInterval(() => {
  const digest = channels.get("digest");
  for (const item of digest.backlog.splice(0)) deliver(digest, item);
}, DIGEST_FLUSH_MS).unref();

export function channelStats() {
  return [...channels.values()].map(({ id, status, backlog, sent, dropped, lastSentAt }) => ({
    id,
    status,
    waiting: backlog.length,
    sent,
    dropped,
    lastSentAt,
  }));
}
