import http from "node:http";
import { encode, encoderStats, jobEvents, PROFILES } from "./encoder.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4941;

const recentJobs = [];
let seq = 0;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

/** Keeps the job's progress log up to date until it reaches 100%. */
function trackProgress(job) {
  const stop = jobEvents.add((event) => {
    if (event.type !== "progress" || event.jobId !== job.id) return;
    job.progress.push({ percent: event.percent, profile: event.profile, at: Date.now() });
    if (event.percent >= 100) stop();
  });
  return stop;
}

/** Resolves with the job's outputs when the encoder announces it finished. */
function whenFinished(job) {
  return new Promise((resolve) => {
    const onEvent = (event) => {
      if (event.type !== "finished" || event.jobId !== job.id) return;
      off();
      resolve(event.outputs);
    };
    const off = jobEvents.add(onEvent);
  });
}

async function route(req, res, url) {
  if (url.pathname === "/jobs" && req.method === "POST") {
    const b = await readJson(req);
    const profiles = Array.isArray(b.profiles) ? b.profiles.filter((p) => p in PROFILES) : [];
    if (!/^s3:\/\/[\w./-]+$/.test(String(b.source)) || profiles.length === 0) {
      return send(res, 422, { error: "source (s3://…) and at least one known profile required" });
    }
    const job = {
      id: `job-${Date.now().toString(36)}-${++seq}`,
      source: b.source,
      owner: String(b.owner ?? "unknown"),
      profiles,
      durationSeconds: Number(b.durationSeconds) || 60,
      progress: [],
      createdAt: new Date().toISOString(),
    };
    const stopTracking = trackProgress(job);
    const finished = whenFinished(job);
    try {
      encode(job);
      const outputs = await finished;
      recentJobs.push({ id: job.id, owner: job.owner, renditions: outputs.length });
      if (recentJobs.length > 50) recentJobs.shift();
      return send(res, 201, { job: job.id, outputs, progress: job.progress });
    } finally {
      stopTracking();
    }
  }
  if (url.pathname === "/encoder") {
    return send(res, 200, { ...encoderStats(), recent: recentJobs.slice(-5) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`transcode-jobs on 127.0.0.1:${port}`));
