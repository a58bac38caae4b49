import http from "node:http";
import { closeJob, findJob, jobStats, openJob, reportArrival, reportEta } from "./jobs.mjs";
import { fleetStatus } from "./fleet.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const PROBLEMS = new Set(["flat-tyre", "battery", "engine", "collision", "ev-battery", "lockout"]);
const OUTCOMES = new Set(["towed", "fixed-on-site", "cancelled"]);

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/fleet") {
    return [200, { trucks: fleetStatus(), jobs: jobStats() }];
  }
  const body = req.method === "POST" ? await readJson(req) : undefined;
  if (body === null) return [400, { error: "invalid JSON" }];

  if (req.method === "POST" && url.pathname === "/assist") {
    const { id, member, vehicle, location, problem } = body;
    if (!/^RA-\w+$/.test(id ?? "") || !member?.number || !vehicle?.plate) {
      return [422, { error: "id, member.number and vehicle.plate are required" }];
    }
    if (!PROBLEMS.has(problem)) return [422, { error: `unknown problem ${problem}` }];
    if (typeof location?.lat !== "number" || typeof location?.lng !== "number") {
      return [422, { error: "location needs lat and lng" }];
    }
    const result = openJob({ ...body, id, member, vehicle, location, problem });
    if (result.error) return [result.status, { error: result.error }];
    return [201, result.job.view()];
  }

  const m = /^\/assist\/([\w-]+)(?:\/(eta|arrived|close))?$/.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const job = findJob(m[1]);
  if (!job) return [404, { error: "no such open job" }];
  if (req.method === "GET" && !m[2]) return [200, job.view()];
  if (req.method !== "POST") return [405, { error: "method not allowed" }];
  if (m[2] === "eta") {
    const minutes = Number(body.minutes);
    if (!(minutes > 0 && minutes < 600)) return [422, { error: "minutes out of range" }];
    reportEta(job, minutes);
    return [200, job.view()];
  }
  if (m[2] === "arrived") {
    reportArrival(job);
    return [200, job.view()];
  }
  if (!OUTCOMES.has(body.outcome)) return [422, { error: "unknown outcome" }];
  closeJob(job, body.outcome);
  return [200, { id: job.id, outcome: job.outcome }];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`roadside assistance API on 127.0.0.1:${port}`));
