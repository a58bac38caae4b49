"use strict";

const http = require("node:http");
const { JobError, cancel, collect, enqueue, stats } = require("./jobs.cjs");
const { findCustomer, invoicesFor } = require("./ledger.cjs");
const { renderReminder } = require("./reminders.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3630;

const SENDER = {
  senderName: "Credit Control, Noordhaven Supplies",
  policyUrl: "https://noordhaven.example/terms",
};

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
    throw new JobError(400, "body is not JSON");
  }
}

/** One dunning run: a reminder for every overdue invoice of the customer. */
async function dunningRun({ customerId, minDaysOverdue }) {
  const customer = findCustomer(customerId);
  if (!customer) throw new Error(`unknown customer ${customerId}`);
  // The ledger export is read from disk in production; keep the run asynchronous here too.
  await new Promise((resolve) => setTimeout(resolve, 2));
  const reminders = invoicesFor(customerId)
    .filter((inv) => inv.daysOverdue >= minDaysOverdue)
    .map((inv) => renderReminder(customer, inv, SENDER))
    .filter(Boolean);
  return {
    customer: customer.id,
    reminders,
    totalOverdueCents: reminders.reduce((n, r) => n + r.amountCents, 0),
  };
}

async function route(req, res, url) {
  if (url.pathname === "/dunning-runs" && req.method === "POST") {
    const body = await readJson(req);
    const runId = String(body.runId ?? "");
    if (!/^[a-z0-9-]{3,64}$/.test(runId)) throw new JobError(422, "runId must be a slug");
    if (!findCustomer(String(body.customer))) throw new JobError(422, "unknown customer");
    const job = enqueue(runId, "dunning", {
      customerId: String(body.customer),
      minDaysOverdue: Number(body.minDaysOverdue ?? 1),
    }, dunningRun);
    return send(res, 202, { id: job.id, status: job.status, poll: `/dunning-runs/${job.id}` });
  }

  let m = /^\/dunning-runs\/([a-z0-9-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const waitMs = url.searchParams.has("wait") ? 5_000 : 0;
    return send(res, 200, await collect(m[1], { waitMs }));
  }

  m = /^\/dunning-runs\/([a-z0-9-]+)\/cancel$/.exec(url.pathname);
  if (m && req.method === "POST") {
    return send(res, 200, { id: cancel(m[1]).id, status: "cancelled" });
  }

  if (url.pathname === "/internal/jobs") return send(res, 200, stats());
  return send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (!(err instanceof JobError)) console.error(err);
    send(res, err.status ?? 500, {
      error: err instanceof JobError ? err.message : "internal error",
    });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`dunning-runs on 127.0.0.1:${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
