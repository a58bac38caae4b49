"use strict";

const http = require("node:http");
const { CommandError, ack, outstanding, send: sendCommand, stats } = require("./commands.cjs");
const { valves } = require("./valves.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function reply(res, status, body) {
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
      } catch (err) {
        reject(new CommandError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return reply(res, 200, { ok: true });
  if (url.pathname === "/stats") return reply(res, 200, stats());
  if (parts[0] !== "valves" || !parts[1]) return reply(res, 404, { error: "not found" });
  const valveId = parts[1];
  if (parts.length === 2 && req.method === "GET") {
    const valve = valves.get(valveId);
    if (!valve) return reply(res, 404, { error: "no such valve" });
    const { queue, ...shown } = valve;
    return reply(res, 200, { ...shown, outstanding: queue?.length ?? 0 });
  }
  if (parts[2] === "commands" && parts.length === 3 && req.method === "POST") {
    return reply(res, 202, sendCommand(valveId, await readJson(req)));
  }
  if (parts[2] === "commands" && parts.length === 3 && req.method === "GET") {
    return reply(res, 200, outstanding(valveId));
  }
  if (parts[2] === "commands" && parts[4] === "ack" && req.method === "POST") {
    return reply(res, 200, ack(valveId, parts[3], await readJson(req)));
  }
  return reply(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    reply(res, err instanceof CommandError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`irrigation valves on :${port}`));
