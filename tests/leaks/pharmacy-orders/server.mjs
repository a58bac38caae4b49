import http from "node:http";
import { container, FORMULARY, TOKENS } from "./services.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const PRESCRIPTIONS = /^\/patients\/([\w-]+)\/prescriptions$/;
let requests = 0;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function validateOrder(body, config) {
  if (typeof body?.patientId !== "string" || !/^[\w-]{3,40}$/.test(body.patientId)) {
    return "patientId is required";
  }
  if (!Array.isArray(body.lines) || body.lines.length === 0) return "lines are required";
  for (const line of body.lines) {
    if (!FORMULARY.has(line.code)) return `unknown product ${line.code}`;
    if (!Number.isInteger(line.packs) || line.packs < 1 || line.packs > config.maxPacksPerLine) {
      return `packs must be 1 to ${config.maxPacksPerLine}`;
    }
  }
  return null;
}

async function route(scope, req, res) {
  const url = new URL(req.url, "http://localhost");

  if (url.pathname === "/orders" && req.method === "POST") {
    const body = await readJson(req);
    const problem = validateOrder(body, scope.resolve(TOKENS.config));
    if (problem) return sendJson(res, 400, { error: problem });
    const result = scope.resolve(TOKENS.orders).place(body);
    return result.ok
      ? sendJson(res, 201, result.order)
      : sendJson(res, 422, { error: result.error });
  }

  const m = PRESCRIPTIONS.exec(url.pathname);
  if (m && req.method === "GET") {
    const rows = scope.resolve(TOKENS.prescriptions).forPatient(m[1]);
    return sendJson(res, 200, { patientId: m[1], prescriptions: rows });
  }
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  if (req.url === "/healthz") return sendJson(res, 200, { ok: true });
  const scope = container.createScope(`req-${++requests}`).provide(TOKENS.request, req);
  try {
    await route(scope, req, res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
  } finally {
    await scope.dispose();
  }
});

server.listen(port, "127.0.0.1", () => console.log(`pharmacy orders on 127.0.0.1:${port}`));
