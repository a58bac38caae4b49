// Email digests on a schedule: each subscription gets its own node-cron task that collects the
// user's unread items for their topics and "sends" the digest (into the outbox below).
import cron from "node-cron";
import { v4 as uuidv4 } from "uuid";

const subscriptions = new Map();
const outbox = [];
const unread = new Map([
  ["releases", ["v4.2 is out", "Deprecation notice: legacy export API"]],
  ["billing", ["Invoice INV-2291 is ready"]],
  ["security", ["New sign-in from Firefox on Linux", "2FA recovery codes regenerated"]],
]);

function sendDigest(sub) {
  const items = sub.topics.flatMap((t) =>
    (unread.get(t) ?? []).map((title) => ({ topic: t, title }))
  );
  if (!items.length) return;
  outbox.push({
    messageId: uuidv4(),
    to: sub.email,
    subject: `Your ${sub.frequency} digest (${items.length})`,
    items,
    at: Date.now(),
  });
  if (outbox.length > 50) outbox.shift();
  sub.lastSentAt = Date.now();
}

const SCHEDULES = {
  daily: (hour) => `0 ${hour} * * *`,
  weekdays: (hour) => `0 ${hour} * * 1-5`,
  weekly: (hour) => `0 ${hour} * * 1`,
};

export function subscribe(
  user,
  { email, topics, frequency = "daily", hour = 8, timezone = "Europe/Amsterdam" },
) {
  if (!SCHEDULES[frequency]) throw new Error(`unknown frequency ${frequency}`);
  const expression = SCHEDULES[frequency](hour);
  if (!cron.validate(expression)) throw new Error(`bad hour ${hour}`);
  const sub = {
    id: uuidv4(),
    user,
    email,
    topics: topics.filter((t) => unread.has(t)),
    frequency,
    expression,
    timezone,
    createdAt: Date.now(),
    lastSentAt: null,
  };
  const task = cron.schedule(expression, () => sendDigest(sub), {
    name: `digest:${sub.id}`,
    timezone,
    noOverlap: true,
  });
  subscriptions.set(user, { sub, task });
  return sub;
}

export function reschedule(user, { frequency, hour }) {
  const entry = subscriptions.get(user);
  if (!entry) return null;
  entry.task.stop();
  subscriptions.delete(user);
  const { email, topics, timezone } = entry.sub;
  return subscribe(user, {
    email,
    topics,
    timezone,
    frequency: frequency ?? entry.sub.frequency,
    hour: hour ?? 8,
  });
}

export function unsubscribe(user) {
  const entry = subscriptions.get(user);
  if (!entry) return false;
  entry.task.stop();
  subscriptions.delete(user);
  return true;
}

export function getSubscription(user) {
  return subscriptions.get(user)?.sub;
}

export function sendNow(user) {
  const entry = subscriptions.get(user);
  if (!entry) return false;
  sendDigest(entry.sub);
  return true;
}

export const stats = () => ({ subscriptions: subscriptions.size, outbox: outbox.length });
