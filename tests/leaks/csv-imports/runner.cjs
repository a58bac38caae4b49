// Runs customer CSV imports in the background, one winston logger per job (its lines are
// shown on the job page), and keeps the last 30 jobs for the status endpoint.
const winston = require("winston");

/** A winston transport that keeps a job's log lines in memory, capped. */
class JobLogTransport extends winston.Transport {
  constructor(opts) {
    super(opts);
    this.lines = opts.lines;
    this.max = opts.max ?? 200;
  }
  log(info, callback) {
    this.lines.push(`${info.timestamp} ${info.level} ${info.message}`);
    if (this.lines.length > this.max) this.lines.shift();
    callback();
  }
}

const REQUIRED = ["email", "first_name", "last_name", "plan"];

class JobRunner {
  #loggers = new Map();
  #recent = [];
  #seq = 0;

  start(tenant, source, csv) {
    const job = {
      id: `imp-${++this.#seq}`,
      tenant,
      source,
      state: "queued",
      rows: 0,
      imported: 0,
      log: [],
      startedAt: Date.now(),
    };
    const logger = winston.createLogger({
      level: "debug",
      format: winston.format.combine(winston.format.timestamp(), winston.format.splat()),
      defaultMeta: { job: job.id, tenant, source },
      transports: [new JobLogTransport({ lines: job.log })],
    });
    this.#loggers.set(job.id, logger);
    this.#recent.push(job);
    if (this.#recent.length > 30) this.#recent.shift();
    setImmediate(() => this.#run(job, csv));
    return job;
  }

  #run(job, csv) {
    const logger = this.#loggers.get(job.id);
    job.state = "running";
    logger.info("import started from %s", job.source);
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const columns = header.split(",").map((c) => c.trim().toLowerCase());
    const missing = REQUIRED.filter((c) => !columns.includes(c));
    if (missing.length) return this.#fail(job, `missing columns: ${missing.join(", ")}`);
    for (const [n, line] of lines.entries()) {
      job.rows++;
      const cells = line.split(",");
      const row = Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? "").trim()]));
      if (!/^[^@\s]+@[^@\s]+$/.test(row.email)) {
        return this.#fail(job, `row ${n + 2}: invalid email "${row.email}"`);
      }
      job.imported++;
      logger.debug("row %d: %s (%s)", n + 2, row.email, row.plan);
    }
    this.#finish(job);
  }

  #finish(job) {
    const logger = this.#loggers.get(job.id);
    job.state = "done";
    job.finishedAt = Date.now();
    logger.info("import finished: %d of %d rows", job.imported, job.rows);
    logger.close();
    this.#loggers.delete(job.id);
  }

  #fail(job, reason) {
    const logger = this.#loggers.get(job.id);
    job.state = "failed";
    job.error = reason;
    job.finishedAt = Date.now();
    logger.error("import failed: %s", reason);
  }

  get(id) {
    return this.#recent.find((j) => j.id === id);
  }

  stats() {
    const states = {};
    for (const j of this.#recent) states[j.state] = (states[j.state] ?? 0) + 1;
    return { kept: this.#recent.length, openLoggers: this.#loggers.size, states };
  }
}

module.exports = { JobRunner };
