import http from "node:http";
import { createRouter, HttpError } from "./router.mjs";
import { board, gateOrThrow, recordScan, watchScanner } from "./gates.mjs";
import { checkTicket, recentAt } from "./tickets.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const router = createRouter();

router.get("/healthz", () => ({ ok: true }));

router.get("/gates", () => ({ gates: board() }));

router.get("/gates/:gate", ({ params }) => {
  const gate = gateOrThrow(params.gate);
  return { ...board().find((g) => g.id === gate.id), recent: recentAt(gate.id) };
});

router.post("/gates/:gate/scans", ({ req, params, body }) => {
  const gate = gateOrThrow(params.gate);
  const device = typeof body.device === "string" ? body.device.slice(0, 40) : null;
  if (!device) throw new HttpError(400, "device is required");
  watchScanner(req, gate, device);
  const verdict = checkTicket(body.ticket, gate.id);
  recordScan(gate, verdict);
  return { status: verdict.admit ? 200 : 409, body: verdict };
});

const server = http.createServer((req, res) => router.handle(req, res));
// Behind the venue's load balancer (60 s idle timeout): keep connections open longer than it.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, "127.0.0.1", () => console.log(`gate scanner API on 127.0.0.1:${port}`));
