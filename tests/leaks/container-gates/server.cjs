"use strict";

const http = require("node:http");
const { applyEvent, departures, EventError, find, inStacks, stats } = require("./yard.cjs");

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
      } catch (err) {
        reject(new EventError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/events" && req.method === "POST") {
    const ev = await readJson(req);
    applyEvent(ev);
    return send(res, 202, { accepted: ev.type, container: ev.container });
  }
  if (parts[0] === "yard" && parts[1]) {
    const entry = find(parts[1]);
    return entry ? send(res, 200, entry) : send(res, 404, { error: "not in the stacks" });
  }
  if (parts[0] === "yard") {
    const boxes = inStacks(url.searchParams.get("block") ?? undefined);
    return send(res, 200, { count: boxes.length, boxes });
  }
  if (parts[0] === "departures") return send(res, 200, departures.slice(0, 20));
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof EventError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`container gates on :${port}`));
