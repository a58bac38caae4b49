"use strict";

const http = require("node:http");
const { errorDigest, recordError } = require("./errors.cjs");
const { validateSignup, validateSubscription } = require("./validate.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

let accounts = 0;

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

const handlers = {
  "POST /signup": async (req, res) => {
    const account = validateSignup(await readJson(req));
    accounts++;
    sendJson(res, 201, { email: account.email, welcome: `Welcome, ${account.name || "friend"}!` });
  },
  "POST /newsletter/subscribe": async (req, res) => {
    const sub = validateSubscription(await readJson(req));
    sendJson(res, 200, { subscribed: sub.email, topics: sub.topics });
  },
  "GET /debug/errors": (_req, res) => sendJson(res, 200, errorDigest()),
  "GET /healthz": (_req, res) => sendJson(res, 200, { ok: true, accounts }),
};

const server = http.createServer(async (req, res) => {
  const route = `${req.method} ${new URL(req.url, "http://localhost").pathname}`;
  const handler = handlers[route];
  if (!handler) return sendJson(res, 404, { error: "not found" });
  try {
    await handler(req, res);
  } catch (err) {
    recordError(route, err);
    const status = err.status ?? (err instanceof SyntaxError ? 400 : 500);
    sendJson(res, status, { error: status < 500 ? err.message : "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`signup listening on 127.0.0.1:${port}`));
