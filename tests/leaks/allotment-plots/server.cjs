"use strict";

const http = require("node:http");
const { route } = require("./routes.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

http.createServer(async (req, res) => {
  let reply;
  try {
    const url = new URL(req.url, "http://localhost");
    const body = req.method === "POST" ? await readJson(req) : {};
    reply = url.pathname === "/healthz"
      ? { status: 200, payload: { ok: true } }
      : await route(req.method, url, body);
  } catch (err) {
    const status = err instanceof SyntaxError ? 400 : (err.status ?? 500);
    if (status === 500) console.error(err);
    reply = { status, payload: { error: status === 500 ? "internal error" : err.message } };
  }
  res.writeHead(reply.status, { "content-type": "application/json" });
  res.end(JSON.stringify(reply.payload));
}).listen(port, "127.0.0.1", () => console.log(`allotment plots on 127.0.0.1:${port}`));
