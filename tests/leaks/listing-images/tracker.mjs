// What the proxy is rendering, for /debug/transforms: the ones running, and the last few that
// finished when IMGPROXY_KEEP_FINISHED is set (0 in production, the dashboards have the timings).

const KEEP_FINISHED = Number(process.env.IMGPROXY_KEEP_FINISHED ?? 0);

let seq = 0;

export class TransformTracker {
  #jobs = [];
  #totals = { started: 0, finished: 0, failed: 0, ms: 0 };

  start(key, params, origin) {
    const job = {
      id: ++seq,
      key,
      listing: params.listing,
      photo: params.photo,
      width: params.width,
      format: params.format,
      origin,
      startedAt: Date.now(),
      finishedAt: null,
      inputBytes: null,
      outputBytes: null,
      etag: null,
      error: null,
    };
    this.#jobs.push(job);
    this.#totals.started++;
    return job;
  }

  finish(job, { input, output, error }) {
    job.finishedAt = Date.now();
    if (error) {
      job.error = error.message;
      this.#totals.failed++;
    } else {
      job.inputBytes = input.body.length;
      job.outputBytes = output.body.length;
      job.etag = output.etag;
      this.#totals.finished++;
    }
    this.#totals.ms += job.finishedAt - job.startedAt;
    this.#prune();
  }

  #prune() {
    const running = this.#jobs.filter((j) => j.finishedAt === null);
    const finished = this.#jobs.filter((j) => j.finishedAt !== null);
    this.#jobs = running.concat(finished.slice(-KEEP_FINISHED));
  }

  snapshot(limit = 20) {
    const { started, finished, failed, ms } = this.#totals;
    return {
      running: this.#jobs.filter((j) => j.finishedAt === null),
      recent: this.#jobs.filter((j) => j.finishedAt !== null).slice(-limit),
      totals: { started, finished, failed, avgMs: finished ? ms / finished : 0 },
    };
  }
}
