"use strict";
const http = require("node:http");
const { Container } = require("./container.cjs");
const dispatch = require("./dispatch.cjs");
const { DispatchService, JobSummaryProjection, MessageBus, UnitOfWork, whenProjected } = dispatch;

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const container = new Container()
  .register("bus", "singleton", () => new MessageBus(100))
  .register("store", "singleton", () => new Map())
  .register("summaries", "singleton", (s) => new JobSummaryProjection(s.resolve("bus"), 64))
  .register("uow", "scoped", (s) => new UnitOfWork(s.resolve("store"), s.resolve("bus")))
  .register("dispatch", "transient", (s) => new DispatchService(s.resolve("uow")));

// The read side subscribes before the first request.
container.resolveSingleton("summaries");

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  req.setEncoding("utf8");
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function handle(req, res, scope) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/fleet") {
    const bus = scope.resolve("bus");
    return send(res, 200, {
      active: scope.resolve("store").size,
      completedByVehicle: scope.resolve("summaries").completedByVehicle,
      recentMessages: bus.history.slice(-10),
    });
  }

  if (req.method === "POST" && url.pathname === "/jobs") {
    const job = scope.resolve("dispatch").create(await readJson(req));
    return send(res, 201, { id: job.id, vehicle: job.vehicle, stops: job.stops.length });
  }

  // POST /jobs/:id/complete: answers once the read side has the job's summary
  if (req.method === "POST" && parts[0] === "jobs" && parts[2] === "complete") {
    const job = scope.resolve("dispatch").complete(parts[1]);
    if (!job) return send(res, 404, { error: `job ${parts[1]} is not active` });
    // The bus delivers on setImmediate: subscribing now is in time.
    return send(res, 200, await whenProjected(scope.resolve("bus"), parts[1], 500));
  }

  if (req.method === "GET" && parts[0] === "jobs" && parts.length === 2) {
    const active = scope.resolve("uow").load(parts[1]);
    if (active) return send(res, 200, { ...active, state: "active" });
    const summary = scope.resolve("summaries").get(parts[1]);
    if (summary) return send(res, 200, { ...summary, state: "completed" });
    return send(res, 404, { error: "unknown job" });
  }

  return send(res, 404, { error: "not found" });
}

http
  .createServer((req, res) => {
    const scope = container.createScope();
    handle(req, res, scope)
      .catch((err) => send(res, 400, { error: String(err?.message ?? err) }))
      .finally(() => scope.dispose());
  })
  .listen(port, "127.0.0.1", () => console.log(`fleet-dispatch on http://127.0.0.1:${port}`));
