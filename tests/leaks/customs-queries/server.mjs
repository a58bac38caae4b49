import http from "node:http";
import { randomUUID } from "node:crypto";
import {
  DeduplicationBehavior,
  LoggingBehavior,
  Mediator,
  NotFoundError,
  ValidationBehavior,
  ValidationError,
} from "./mediator.mjs";
import {
  AuthorityGateway,
  GetDeclarationStatus,
  GetDeclarationStatusHandler,
  GetTariffRate,
  GetTariffRateHandler,
} from "./customs.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const gateway = new AuthorityGateway();
const logging = new LoggingBehavior(50);
const dedupe = new DeduplicationBehavior();
const mediator = new Mediator()
  .use(logging)
  .use(new ValidationBehavior())
  .use(dedupe)
  .register(GetDeclarationStatus, new GetDeclarationStatusHandler(gateway))
  .register(GetTariffRate, new GetTariffRateHandler(gateway));

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  const correlationId = req.headers["x-correlation-id"] ?? randomUUID();
  res.setHeader("x-correlation-id", correlationId);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/diagnostics") {
    return send(res, 200, {
      gatewayCalls: gateway.calls,
      shared: dedupe.shared,
      recent: logging.recent,
    });
  }

  // GET /declarations/:reference/status
  if (req.method === "GET" && parts[0] === "declarations" && parts[2] === "status") {
    return send(res, 200, await mediator.send(new GetDeclarationStatus(parts[1], correlationId)));
  }

  // GET /tariffs/:hsCode?origin=CN
  if (req.method === "GET" && parts[0] === "tariffs" && parts.length === 2) {
    const origin = (url.searchParams.get("origin") ?? "").toUpperCase();
    return send(res, 200, await mediator.send(new GetTariffRate(parts[1], origin, correlationId)));
  }

  return send(res, 404, { error: "not found" });
}

http
  .createServer((req, res) => {
    handle(req, res).catch((err) => {
      const status = err instanceof NotFoundError
        ? 404
        : err instanceof ValidationError
        ? 422
        : 500;
      send(res, status, { error: err.message });
    });
  })
  .listen(port, "127.0.0.1", () => console.log(`customs-queries on http://127.0.0.1:${port}`));
