// Collected results stay a little while so a client retrying its GET still finds them.
export function startJanitor(jobs, stats, { every = 250, graceMs = 200 } = {}) {
  let lastProblem = "";
  const timer = setInterval(() => {
    try {
      const now = Date.now();
      for (const [id, job] of jobs) {
        if (!job.downloadedAt || now - job.downloadedAt < graceMs) continue;
        stats.measuresServed += job.result.measures;
        stats.purged++;
        jobs.delete(id);
      }
      lastProblem = "";
    } catch (err) {
      if (err.message !== lastProblem) console.warn(`janitor: ${err.message}`);
      lastProblem = err.message;
    }
  }, every);
  timer.unref();
  return timer;
}
