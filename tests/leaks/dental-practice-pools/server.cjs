"use strict";

const http = require("node:http");
const {
  count,
  offboardPractice,
  onboardPractice,
  PracticeError,
  runReport,
  summary,
  updateSettings,
} = require("./practices.cjs");
const { closeAll, poolStats } = require("./vendor/pgmini/index.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch {
        reject(new PracticeError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/ops/pool") return send(res, 200, { practices: count(), ...poolStats() });
  if (url.pathname === "/practices" && req.method === "POST") {
    return send(res, 201, onboardPractice(await readJson(req)));
  }
  if (parts[0] === "practices" && parts[1]) {
    if (parts.length === 2 && req.method === "PATCH") {
      return send(res, 200, updateSettings(parts[1], await readJson(req)));
    }
    if (parts.length === 2) return send(res, 200, summary(parts[1]));
    if (parts[2] === "reports" && parts[3]) {
      return send(res, 200, await runReport(parts[1], parts[3]));
    }
    if (parts[2] === "offboard" && req.method === "POST") {
      return send(res, 200, await offboardPractice(parts[1]));
    }
  }
  return send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof PracticeError ? err.status : 500, { error: err.message });
  });
});
server.listen(port, "127.0.0.1", () => console.log(`practice api on :${port}`));

process.on("SIGTERM", () => {
  closeAll().finally(() => server.close(() => process.exit(0)));
});
