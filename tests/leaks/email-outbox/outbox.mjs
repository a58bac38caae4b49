import { smtp } from "./smtp.mjs";

const MAX_ATTEMPTS = 4;
const BASE_DELAY_MS = 250;

const retryQueue = [];

export async function sendEmail(message) {
  try {
    await smtp.send(message);
    return "sent";
  } catch (err) {
    retryQueue.push({
      message,
      attempts: 1,
      lastError: err.message,
      nextAttemptAt: Date.now() + BASE_DELAY_MS,
    });
    return "queued for retry";
  }
}

async function retryDue() {
  const now = Date.now();
  for (const job of retryQueue) {
    if (job.delivered || job.attempts >= MAX_ATTEMPTS || job.nextAttemptAt > now) continue;
    job.attempts++;
    try {
      await smtp.send(job.message);
      job.delivered = true;
    } catch (err) {
      job.lastError = err.message;
      job.nextAttemptAt = Date.now() + BASE_DELAY_MS * 2 ** job.attempts;
    }
  }
  for (let i = retryQueue.length - 1; i >= 0; i--) {
    if (retryQueue[i].delivered) retryQueue.splice(i, 1);
  }
}

setInterval(() => retryDue().catch((err) => console.error("retry failed", err)), 500).unref();

export function queueStats() {
  return { waiting: retryQueue.filter((j) => j.attempts < MAX_ATTEMPTS).length };
}
