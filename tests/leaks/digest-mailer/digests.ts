export interface Notification {
  id: string;
  userId: string;
  kind: "comment" | "mention" | "assignment";
  title: string;
  link: string;
  at: number;
}

interface DigestBucket {
  userId: string;
  email: string;
  openedAt: number;
  seen: Set<string>;
  items: Notification[];
}

const HOLD_MS = 60;
const SEND_EVERY_MS = 100;
const MAX_ITEMS_PER_DIGEST = 20;
const SENT_LOG_SIZE = 30;

const buckets = new Map<string, DigestBucket>();
const sentLog: { userId: string; items: number; at: string }[] = [];
let sentTotal = 0;

export function addToDigest(n: Notification, email: string): boolean {
  let bucket = buckets.get(n.userId);
  if (!bucket) {
    bucket = { userId: n.userId, email, openedAt: Date.now(), seen: new Set(), items: [] };
    buckets.set(n.userId, bucket);
  }
  const dedupeKey = `${n.kind}:${n.link}`;
  if (bucket.seen.has(dedupeKey)) return false;
  bucket.seen.add(dedupeKey);
  if (bucket.items.length < MAX_ITEMS_PER_DIGEST) bucket.items.push(n);
  return true;
}

function renderDigest(bucket: DigestBucket): string {
  const lines = bucket.items.map((n) => `• ${n.title} — ${n.link}`);
  return `To: ${bucket.email}\nSubject: ${bucket.items.length} updates\n\n${lines.join("\n")}`;
}

async function deliver(message: string) {
  await Promise.resolve(message.length);
}

async function sendDueDigests() {
  const now = Date.now();
  for (const [userId, bucket] of buckets) {
    if (now - bucket.openedAt < HOLD_MS) continue;
    buckets.delete(userId);
    await deliver(renderDigest(bucket));
    sentTotal++;
    sentLog.push({ userId, items: bucket.items.length, at: new Date(now).toISOString() });
    if (sentLog.length > SENT_LOG_SIZE) sentLog.splice(0, sentLog.length - SENT_LOG_SIZE);
  }
}

let sending = false;
setInterval(async () => {
  if (sending) return;
  sending = true;
  try {
    await sendDueDigests();
  } catch (err) {
    console.error("digest run failed", err);
  } finally {
    sending = false;
  }
}, SEND_EVERY_MS);

export function digestStats() {
  return { open: buckets.size, sent: sentTotal, recent: sentLog.slice(-5) };
}
