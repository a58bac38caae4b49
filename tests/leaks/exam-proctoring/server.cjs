"use strict";

const http = require("node:http");
const proctor = require("./proctor.cjs");

const { ExamError } = proctor;

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
        reject(new ExamError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

const ROUTES = [
  ["POST", /^\/exams\/([\w-]+)\/attempts$/, async (req, m) => {
    const attempt = proctor.start(m[1], await readJson(req));
    return [201, { id: attempt.id, endsAt: new Date(attempt.endsAt).toISOString() }];
  }],
  ["GET", /^\/attempts\/([\w-]+)$/, (_req, m) => [200, proctor.status(m[1])]],
  ["PATCH", /^\/attempts\/([\w-]+)\/answers$/, async (req, m) => {
    return [200, proctor.answer(m[1], await readJson(req))];
  }],
  ["POST", /^\/attempts\/([\w-]+)\/resume$/, async (req, m) => {
    return [200, proctor.resume(m[1], await readJson(req))];
  }],
  ["POST", /^\/attempts\/([\w-]+)\/submit$/, (_req, m) => [200, proctor.submit(m[1])]],
];

async function handle(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  for (const [method, pattern, fn] of ROUTES) {
    const m = pattern.exec(pathname);
    if (m && req.method === method) {
      const [status, body] = await fn(req, m);
      return send(res, status, body);
    }
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (!(err instanceof ExamError)) console.error(err);
    send(res, err instanceof ExamError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`proctoring on :${port}`));
