"use strict";

const http = require("node:http");
const { TrainingEvent } = require("./event.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const events = new Map([
  ["woodhouse-tue", new TrainingEvent("woodhouse-tue", "Tuesday night training", "Woodhouse Moor")],
  ["roundhay-sat", new TrainingEvent("roundhay-sat", "Saturday score event", "Roundhay Park")],
]);

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const [, kind, id, action] = url.pathname.split("/");
  const event = kind === "events" ? events.get(id) : undefined;
  if (!event) return send(res, 404, { error: "not found" });

  if (action === "entries" && req.method === "POST") {
    try {
      return send(res, 201, event.enter(await readJson(req)));
    } catch (err) {
      return send(res, 400, { error: err.message });
    }
  }
  if (action === "start" && req.method === "POST") {
    const runner = event.start(url.searchParams.get("bib"), Date.now());
    return runner
      ? send(res, 201, { started: runner.name })
      : send(res, 404, { error: "no entry" });
  }
  if (action === "punch" && req.method === "POST") {
    const { card, control, offsetSec } = await readJson(req);
    const ok = event.punch(Number(card), Number(control), Date.now() + (offsetSec ?? 0) * 1000);
    return send(res, ok ? 200 : 404, { ok });
  }
  if (action === "finish" && req.method === "POST") {
    const { card, offsetSec } = await readJson(req);
    const result = event.finish(Number(card), Date.now() + (offsetSec ?? 0) * 1000);
    return result ? send(res, 200, result) : send(res, 404, { error: "not on course" });
  }
  if (action === "results") return send(res, 200, { latest: event.latest, best: event.best });
  if (action === "out") return send(res, 200, event.stillOut());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`orienteering results on :${port}`));
