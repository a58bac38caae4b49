import { RateLimiterMemory, RateLimiterQueue } from "rate-limiter-flexible";

// A short burst limit per client IP on the public endpoints.
export const burstLimiter = new RateLimiterMemory({
  keyPrefix: "otp-burst",
  points: 10_000,
  duration: 1,
});

// Wrong codes per phone; cleared once the phone verifies, kept for numbers that locked out.
export const verifyLimiter = new RateLimiterMemory({
  keyPrefix: "otp-verify",
  points: 3,
  duration: 0,
});

// The SMS carrier drops a second message to the same handset within a second, so sends are
// queued per phone number rather than refused (rate-limiter-flexible's RateLimiterQueue,
// keyed per number as its docs show).
const perHandset = new RateLimiterMemory({ keyPrefix: "sms-handset", points: 1, duration: 1 });
export const smsQueue = new RateLimiterQueue(perHandset, { maxQueueSize: 10 });

export function normalisePhone(raw) {
  const digits = String(raw ?? "").replace(/[^\d+]/g, "");
  if (!/^\+\d{8,15}$/.test(digits)) return null;
  return digits;
}

/** Express middleware: 429 with Retry-After when the IP burst limit is spent. */
export function limitBursts(req, res, next) {
  burstLimiter.consume(req.ip)
    .then(() => next())
    .catch((rej) => {
      if (rej instanceof Error) return next(rej);
      res.set("Retry-After", String(Math.ceil(rej.msBeforeNext / 1000)));
      res.status(429).json({ error: "too many requests" });
    });
}
