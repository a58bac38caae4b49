"use strict";

const http = require("node:http");
const { completeJob, getJob, startJob, summary, validateSpec } = require("./jobs.cjs");
const { readJson, sendJson } = require("./http_helpers.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const JOB = /^\/jobs\/(\d+)$/;
const COMPLETE = /^\/jobs\/(\d+)\/complete$/;

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (pathname === "/jobs" && req.method === "GET") return sendJson(res, 200, summary());

  if (pathname === "/jobs" && req.method === "POST") {
    const spec = await readJson(req);
    const problem = validateSpec(spec);
    if (problem) return sendJson(res, 400, { error: problem });
    const worker = req.headers["x-worker"] ?? "default";
    const { job, created } = startJob(spec, worker);
    return sendJson(res, created ? 201 : 200, { id: job.id, status: job.status });
  }

  let m = JOB.exec(pathname);
  if (m && req.method === "GET") {
    const job = getJob(m[1]);
    return job ? sendJson(res, 200, job) : sendJson(res, 404, { error: "no such job" });
  }

  m = COMPLETE.exec(pathname);
  if (m && req.method === "POST") {
    const report = await readJson(req);
    if (!report || typeof report.ok !== "boolean") {
      return sendJson(res, 400, { error: "ok (boolean) is required" });
    }
    const job = completeJob(m[1], report);
    if (!job) return sendJson(res, 404, { error: "no such job" });
    return sendJson(res, 200, { id: job.id, status: job.status, finishedAt: job.finishedAt });
  }
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`job runner listening on 127.0.0.1:${port}`));
