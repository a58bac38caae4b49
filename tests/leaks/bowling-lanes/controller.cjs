"use strict";

// Commands to the lane controllers (power, lights, pinsetter). Each is kept until the
// controller acknowledges it; one not acknowledged within 200 ms is sent again, three times at
// most, then recorded as failed.

const FAILURES_KEPT = 20;

class LaneController {
  constructor() {
    this.pendingAcks = new Map();
    this.failures = [];
    this.sent = 0;
    this.acked = 0;
  }

  command(lane, id, action) {
    this.pendingAcks.set(id, { id, lane, action, sentAt: Date.now(), attempts: 1 });
    this.sent++;
  }

  acknowledge(ids) {
    let n = 0;
    for (const id of ids) {
      if (this.pendingAcks.delete(id)) n++;
    }
    this.acked += n;
    return n;
  }

  retry(now = Date.now()) {
    for (const [id, cmd] of this.pendingAcks) {
      if (now - cmd.sentAt < 200) continue;
      if (cmd.attempts >= 3) {
        this.pendingAcks.delete(id);
        this.failures.unshift({ id, lane: cmd.lane, action: cmd.action });
        if (this.failures.length > FAILURES_KEPT) this.failures.pop();
      } else {
        cmd.attempts++;
        cmd.sentAt = now;
        this.sent++;
      }
    }
  }
}

module.exports = { LaneController };
