import { GatewayError, sendSms } from "./gateway.mjs";

const MAX_ATTEMPTS = 4;
const BACKOFF_MS = [0, 150, 250, 300];

function reminderText(r) {
  return `Hi ${r.owner.firstName}, a reminder that ${r.pet.name} is booked in with ` +
    `${r.vet} at ${r.clinic} on ${r.slot}. Reply C to cancel or call ${r.clinicPhone}.`;
}

/**
 * Appointment reminders going out by SMS. A message the carrier turns away is tried again
 * with backoff; a reminder whose appointment is cancelled meanwhile is not sent.
 */
export class ReminderQueue {
  #jobs = new Map();
  #sent = [];
  counters = { sent: 0, retried: 0, gaveUp: 0, cancelled: 0, rejected: 0 };

  /** Sends a reminder now; resolves once the first attempt is known. */
  async enqueue(reminder) {
    if (this.#jobs.has(reminder.appointment)) {
      return { appointment: reminder.appointment, status: "already queued" };
    }
    const job = {
      id: reminder.appointment,
      reminder,
      text: reminderText(reminder),
      attempts: 0,
      lastError: null,
      timer: null,
      cancelled: false,
      queuedAt: Date.now(),
    };
    this.#jobs.set(job.id, job);
    await this.#attempt(job);
    return this.#status(job);
  }

  cancel(appointment) {
    const job = this.#jobs.get(appointment);
    if (!job) return false;
    job.cancelled = true;
    // no point waking up for it: the next attempt drops cancelled jobs
    clearTimeout(job.timer);
    this.counters.cancelled++;
    return true;
  }

  async #attempt(job) {
    job.timer = null;
    if (job.cancelled) return this.#finish(job, "cancelled");
    job.attempts++;
    try {
      const receipt = await sendSms({
        to: job.reminder.owner.mobile,
        text: job.text,
        ref: job.id,
        attempt: job.attempts,
      });
      this.counters.sent++;
      this.#sent.unshift({ appointment: job.id, messageId: receipt.messageId, at: Date.now() });
      if (this.#sent.length > 50) this.#sent.length = 50;
      this.#finish(job, "sent");
    } catch (err) {
      job.lastError = err.message;
      const retryable = err instanceof GatewayError && err.retryable;
      if (!retryable || job.attempts >= MAX_ATTEMPTS) {
        this.counters[retryable ? "gaveUp" : "rejected"]++;
        return this.#finish(job, "failed");
      }
      this.counters.retried++;
      job.status = "retrying";
      job.timer = setTimeout(() => this.#attempt(job), BACKOFF_MS[job.attempts]);
    }
  }

  #finish(job, status) {
    job.status = status;
    this.#jobs.delete(job.id);
  }

  #status(job) {
    return {
      appointment: job.id,
      status: job.status,
      attempts: job.attempts,
      lastError: job.lastError,
    };
  }

  stats() {
    return { ...this.counters, queued: this.#jobs.size, recent: this.#sent.slice(0, 5) };
  }
}
