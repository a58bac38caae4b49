"use strict";

const http = require("node:http");
const { board, complete, jobs, order, update } = require("./jobs.cjs");
const { harbourBus } = require("./bus.cjs");
const { confirmCards, pushCards, waiting } = require("./tablets.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readJson(req) {
  return new Promise((resolve) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        resolve(null);
      }
    });
  });
}

async function route(req, url) {
  if (url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/board") return [200, board()];
  const body = req.method === "POST" ? await readJson(req) : {};
  if (body === null) return [400, { error: "invalid JSON" }];

  if (req.method === "POST" && url.pathname === "/pilotages") {
    const number = Number(body.number);
    if (!Number.isInteger(number) || !body.vessel?.imo || !body.to) {
      return [422, { error: "number, vessel.imo and to are required" }];
    }
    const job = order({ ...body, id: `P-${number}`, number });
    if (!job) return [409, { error: "pilotage exists" }];
    const cards = pushCards(body.tablet ?? "PT-1", job);
    return [201, { id: job.id, cards }];
  }

  let m = /^\/tablets\/(PT-\d+)\/confirm$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const confirmed = confirmCards(m[1], url.searchParams.get("ids"));
    return [200, { confirmed, waiting: waiting(m[1]) }];
  }

  m = /^\/pilotages\/(P-\d+)\/(board|complete)$/.exec(url.pathname);
  if (!m || req.method !== "POST") return [404, { error: "not found" }];
  if (!jobs.has(m[1])) return [404, { error: "no such pilotage" }];
  if (m[2] === "board") {
    const job = update(m[1], { status: "on board", pilot: String(body.pilot ?? "duty pilot") });
    harbourBus.emit("vessel.position", { imo: job.vessel.imo, at: Date.now() });
    return [200, { id: job.id, status: job.status, pilot: job.pilot }];
  }
  const job = complete(m[1]);
  return [200, { id: job.id, status: "completed", tideCm: job.lastTideCm }];
}

http.createServer((req, res) => {
  route(req, new URL(req.url, "http://localhost")).catch((err) => {
    console.error(err);
    return [500, { error: "internal error" }];
  }).then(([status, body]) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
}).listen(port, "127.0.0.1", () => console.log(`pilotage desk on 127.0.0.1:${port}`));
