"use strict";

/**
 * Nudges CAB members who have not voted on a change yet. The first nudge goes out once the
 * change has waited NUDGE_AFTER_MS, then again every REPEAT_MS until it is cancelled.
 */
const NUDGE_AFTER_MS = 60 * 60 * 1000;
const REPEAT_MS = 4 * 60 * 60 * 1000;
const SENT_KEPT = 20;

class ReminderQueue {
  #due = new Map();
  #sent = [];

  constructor(checkEveryMs) {
    setInterval(() => this.#check(Date.now()), checkEveryMs).unref();
  }

  schedule(change) {
    this.#due.set(change.number, {
      number: change.number,
      title: change.title,
      risk: change.risk,
      requestedBy: change.requestedBy,
      waitingOn: [...change.approvers],
      change,
      nextAt: Date.now() + NUDGE_AFTER_MS,
      nudges: 0,
    });
  }

  /** Someone voted: they are no longer waited on. */
  voted(number, approver) {
    const reminder = this.#due.get(number);
    if (reminder) reminder.waitingOn = reminder.waitingOn.filter((a) => a !== approver);
  }

  cancel(number) {
    this.#due.delete(number);
  }

  #check(now) {
    for (const reminder of this.#due.values()) {
      if (reminder.nextAt > now || reminder.waitingOn.length === 0) continue;
      reminder.nudges++;
      reminder.nextAt = now + REPEAT_MS;
      this.#sent.unshift({
        change: reminder.number,
        to: reminder.waitingOn.slice(),
        at: new Date(now).toISOString(),
      });
      if (this.#sent.length > SENT_KEPT) this.#sent.length = SENT_KEPT;
    }
  }

  stats() {
    return { due: this.#due.size, sent: this.#sent.slice(0, 5) };
  }
}

module.exports = { ReminderQueue };
