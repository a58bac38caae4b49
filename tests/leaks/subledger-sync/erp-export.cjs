"use strict";

const FLUSH_MS = 200;
const BATCH_SIZE = 500;
const DEAD_LETTERS_KEPT = 20;

function toErpDocument(entry) {
  return {
    externalId: entry.id,
    postingDate: entry.date,
    currency: entry.currency,
    headerText: entry.memo.slice(0, 25),
    lines: entry.lines.map((l) => ({
      account: l.account,
      side: l.debitCents ? "D" : "C",
      amountCents: l.debitCents || l.creditCents,
      text: l.text ?? "",
    })),
  };
}

/** Ships posted journal entries to the ERP's general ledger in batches. */
class ErpExporter {
  #queue = [];
  #deadLetters = [];
  #busy = false;
  #exported = 0;

  constructor(erp) {
    this.erp = erp;
    this.timer = setInterval(() => this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  enqueue(entry) {
    this.#queue.push({ entry, state: "queued", queuedAt: Date.now(), erpDocNo: null, error: null });
  }

  async flush() {
    if (this.#busy) return;
    const batch = this.#queue.filter((job) => job.state === "queued").slice(0, BATCH_SIZE);
    if (batch.length === 0) return;
    this.#busy = true;
    try {
      const results = await this.erp.postDocuments(batch.map((job) => toErpDocument(job.entry)));
      results.forEach((result, n) => {
        const job = batch[n];
        if (result.ok) {
          job.state = "exported";
          job.erpDocNo = result.docNo;
          this.#exported++;
        } else {
          // the ERP will not take it as it is; finance fixes it by hand from the list
          job.state = "rejected";
          job.error = result.error;
          this.#deadLetters.push({ id: job.entry.id, error: result.error, at: Date.now() });
          if (this.#deadLetters.length > DEAD_LETTERS_KEPT) this.#deadLetters.shift();
        }
      });
      this.#queue = this.#queue.filter((job) => job.state !== "exported");
    } catch (err) {
      console.error("ERP export failed, will retry", err.message);
    } finally {
      this.#busy = false;
    }
  }

  status() {
    return {
      waiting: this.#queue.filter((job) => job.state === "queued").length,
      exported: this.#exported,
      rejected: this.#deadLetters.slice(-5),
    };
  }
}

module.exports = { ErpExporter };
