"use strict";

const http = require("node:http");
const { getEmployee, hrStats } = require("./hr_client.cjs");
const { renderPayslip } = require("./payslip.cjs");
const { QueueError, overview, pickUp, submit } = require("./queue.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3670;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new QueueError(400, "body is not JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/payslip-runs" && req.method === "POST") {
    const body = await readJson(req);
    const runId = String(body.runId ?? "");
    const employeeId = String(body.employee ?? "");
    const period = String(body.period ?? "");
    if (!/^[a-z0-9-]{3,64}$/.test(runId)) throw new QueueError(422, "runId must be a slug");
    if (!/^E-\d+$/.test(employeeId)) throw new QueueError(422, "bad employee id");
    if (!/^\d{4}-\d{2}$/.test(period)) throw new QueueError(422, "period is YYYY-MM");
    const run = submit(runId, { employeeId, period }, renderPayslip);
    return send(res, 202, { id: run.id, state: run.state });
  }

  let m = /^\/payslip-runs\/([a-z0-9-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const waitMs = url.searchParams.has("wait") ? 5_000 : 0;
    return send(res, 200, await pickUp(m[1], waitMs));
  }

  m = /^\/employees\/(E-\d+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const { iban: _iban, ...visible } = await getEmployee(m[1]);
    return send(res, 200, visible);
  }

  if (url.pathname === "/admin/runs") return send(res, 200, { ...overview(), hr: hrStats() });
  return send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (!(err instanceof QueueError) && !err.status) console.error(err);
    send(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`payslip-jobs on 127.0.0.1:${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
