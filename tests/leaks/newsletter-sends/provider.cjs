"use strict";

// The e-mail provider's batch send API, as the outbox sees it (in-process stand-in). It takes
// up to 100 messages a call, answers 202 with a batch id, and reports deliveries later through
// the delivery webhook.

let batchSeq = 0;

const provider = {
  batches: 0,
  messages: 0,
  bytes: 0,

  async sendBatch(wireMessages) {
    if (wireMessages.length > 100) throw new RangeError("at most 100 messages a batch");
    await new Promise((resolve) => setTimeout(resolve, 3));
    this.batches++;
    this.messages += wireMessages.length;
    for (const m of wireMessages) this.bytes += m.html.length + m.text.length;
    return { status: 202, batchId: `b_${++batchSeq}`, queued: wireMessages.length };
  },
};

module.exports = { provider };
