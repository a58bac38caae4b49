import http from "node:http";
import { importCsv, OfficeError, recentImports } from "./applications.mjs";
import { getReport, requestReport, waitForReport } from "./awards.mjs";
import { checkPassword } from "./staff.mjs";
import { fail, lockedFor, succeed } from "./throttle.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function readJson(req) {
  const text = await readBody(req);
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new OfficeError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/signin" && req.method === "POST") {
    const { username = "", password = "" } = await readJson(req);
    const ip = req.socket.remoteAddress ?? "unknown";
    const wait = lockedFor(ip, username);
    if (wait) return send(res, 429, { error: "locked", retryAfterSeconds: Math.ceil(wait / 1000) });
    const person = checkPassword(username, password);
    if (!person) {
      fail(ip, username);
      return send(res, 401, { error: "wrong username or password" });
    }
    succeed(ip, username);
    return send(res, 200, { name: person.name, role: person.role });
  }
  if (url.pathname === "/imports" && req.method === "POST") {
    const filename = String(req.headers["x-filename"] ?? "applications.csv");
    return send(res, 200, importCsv(filename, await readBody(req)));
  }
  if (url.pathname === "/imports") return send(res, 200, recentImports());
  if (parts[0] === "reports" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2 && req.method === "POST") {
      const { type } = await readJson(req);
      const report = requestReport(id, type);
      return send(res, 201, { id, status: report.status });
    }
    if (parts[2] === "wait") {
      const report = await waitForReport(id);
      return send(res, 200, { id, status: report.status });
    }
    if (parts[2] === "download") {
      const report = getReport(id);
      if (report.status !== "done") return send(res, 409, { error: "still running" });
      res.writeHead(200, { "content-type": "text/csv" });
      return res.end(report.csv);
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err?.name === "AbortError") return send(res, 504, { error: "report not ready yet" });
    send(res, err instanceof OfficeError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`bursary office on :${port}`));
