import http from "node:http";
import {
  AcceptanceTest,
  InspectionError,
  openInspections,
  recentCertificates,
  ThoroughExamination,
} from "./inspections.mjs";
import { lifts } from "./lifts.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const KINDS = { thorough: ThoroughExamination, acceptance: AcceptanceTest };
const JOB = /^\/jobs\/([\w-]+)(?:\/(findings|load-tests|close))?$/;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

function jobOf(id) {
  const job = openInspections.get(id);
  if (!job || job.status !== "open") throw new InspectionError(`no open job ${id}`, 404);
  return job;
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/board") {
    const onSite = [...openInspections.values()].filter((j) => j.status === "open");
    return send(res, 200, {
      onSite: onSite.map((j) => j.summary()),
      lifts: [...lifts.values()].map((l) => ({ id: l.id, lastOutcome: l.lastOutcome })),
    });
  }
  if (req.method === "GET" && url.pathname === "/certificates") {
    return send(res, 200, recentCertificates());
  }
  if (req.method === "POST" && url.pathname === "/jobs") {
    const body = await readJson(req);
    const Kind = KINDS[body.kind];
    if (!Kind) return send(res, 422, { error: "kind is thorough or acceptance" });
    return send(res, 201, new Kind(body).summary());
  }
  const m = JOB.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, action] = m;
  if (req.method === "GET" && !action) return send(res, 200, jobOf(id).summary());
  if (req.method === "POST" && action === "findings") {
    return send(res, 201, { findings: jobOf(id).addFinding(await readJson(req)) });
  }
  if (req.method === "POST" && action === "load-tests") {
    const job = jobOf(id);
    if (!(job instanceof AcceptanceTest)) {
      return send(res, 422, { error: "not an acceptance test" });
    }
    job.addLoadTest(await readJson(req));
    return send(res, 201, { loadTests: job.loadTests.length });
  }
  if (req.method === "POST" && action === "close") return send(res, 200, jobOf(id).close());
  return send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  route(req, res, new URL(req.url, "http://localhost")).catch((err) => {
    if (err instanceof InspectionError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`lift inspections on 127.0.0.1:${port}`));
