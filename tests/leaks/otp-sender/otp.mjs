import { randomInt } from "node:crypto";
import { smsQueue, verifyLimiter } from "./limits.mjs";

const CODE_TTL_MS = 5 * 60_000;
// The provider's magic test numbers: the code is always the same and the provider stub
// keeps no copy of the message.
const TEST_NUMBER_PREFIX = "+15005550";
const TEST_CODE = "123456";
/** phone → { code, expiresAt } for codes sent and not yet used. */
const pending = new Map();
const outbox = []; // last SMS messages "sent" (the provider stub), capped
const stats = { sent: 0, verified: 0, failed: 0, queueFull: 0 };

async function deliverSms(to, text, channel) {
  // Waits for the handset's slot; rejects when too many messages already wait for it.
  await smsQueue.removeTokens(1, to);
  stats.sent++;
  if (to.startsWith(TEST_NUMBER_PREFIX)) return;
  outbox.push({ to, channel, text, at: Date.now() });
  if (outbox.length > 50) outbox.shift();
}

export async function issueCode(phone, channel) {
  const code = phone.startsWith(TEST_NUMBER_PREFIX)
    ? TEST_CODE
    : String(randomInt(0, 1_000_000)).padStart(6, "0");
  try {
    await deliverSms(phone, `Your sign-in code is ${code}`, channel);
  } catch {
    stats.queueFull++;
    return false;
  }
  pending.set(phone, { code, expiresAt: Date.now() + CODE_TTL_MS });
  return true;
}

export async function verifyCode(phone, code) {
  const entry = pending.get(phone);
  if (!entry || entry.expiresAt < Date.now()) {
    pending.delete(phone);
    return { ok: false, reason: "expired" };
  }
  if (entry.code !== code) {
    stats.failed++;
    try {
      await verifyLimiter.consume(phone);
    } catch {
      pending.delete(phone);
      return { ok: false, reason: "locked" };
    }
    return { ok: false, reason: "mismatch" };
  }
  pending.delete(phone);
  await verifyLimiter.delete(phone);
  stats.verified++;
  return { ok: true };
}

export function otpStats() {
  return { ...stats, pending: pending.size, outbox: outbox.length };
}

export function lastMessageTo(phone) {
  for (let i = outbox.length - 1; i >= 0; i--) if (outbox[i].to === phone) return outbox[i];
  return undefined;
}
