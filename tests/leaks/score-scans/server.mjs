import http from "node:http";
import { startJanitor } from "./janitor.mjs";
import { collect, JobError, jobs, stats, submit } from "./jobs.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

startJanitor(jobs, stats);

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function view(job) {
  return {
    id: job.id,
    title: job.title,
    status: job.status,
    error: job.error,
    measures: job.result?.measures ?? null,
    notes: job.result?.notes ?? null,
  };
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/stats") return send(res, 200, { ...stats, held: jobs.size });
  if (pathname === "/scans" && req.method === "POST") {
    return send(res, 202, view(submit(await readJson(req))));
  }
  const [, base, id, action] = pathname.split("/");
  if (base !== "scans" || !id || req.method !== "GET") {
    return send(res, 404, { error: "not found" });
  }
  if (!action) return send(res, 200, view(collect(id)));
  if (action === "musicxml") {
    const job = collect(id);
    if (job.status !== "done") return send(res, 409, { error: `scan is ${job.status}` });
    return send(res, 200, job.result.xml, "application/vnd.recordare.musicxml+xml");
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof JobError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "bad JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`score scans on :${port}`));
