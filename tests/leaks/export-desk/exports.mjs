import { transactions } from "./ledger.mjs";

const money = new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" });

/** Where a job interrupted by a shutdown leaves its progress, for the next pod to resume. */
export const checkpoints = new Map();

/** One CSV export of the ledger, run in the background. */
export class ExportJob {
  lines = [];
  rows = 0;
  status = "queued";

  constructor(id, query, requestedBy) {
    this.id = id;
    this.query = query;
    this.requestedBy = requestedBy;
    this.createdAt = new Date();
  }

  /** Runs the export; a SIGTERM mid-way (a deploy) saves a checkpoint first. */
  async run() {
    process.on("SIGTERM", this.checkpoint.bind(this));
    this.status = "running";
    try {
      this.lines.push("id,posted,account,amount,memo");
      for await (const t of transactions(this.query)) {
        this.lines.push(
          [t.id, t.postedAt, t.account, `"${money.format(t.amountCents / 100)}"`, t.memo].join(","),
        );
        this.rows += 1;
      }
      this.status = "done";
    } catch (error) {
      this.status = "failed";
      this.error = error.message;
    } finally {
      process.off("SIGTERM", this.checkpoint.bind(this));
      this.finishedAt = new Date();
    }
  }

  checkpoint() {
    if (this.status !== "running") return;
    checkpoints.set(this.id, { query: this.query, rows: this.rows, at: new Date() });
  }

  get csv() {
    return this.lines.join("\n") + "\n";
  }

  summary() {
    return {
      id: this.id,
      status: this.status,
      rows: this.rows,
      requestedBy: this.requestedBy,
      bytes: this.status === "done" ? this.csv.length : undefined,
    };
  }
}
