"use strict";

const http = require("node:http");
const { find, floorStatus, login } = require("./handhelds.cjs");
const { recentWaves, releaseWave } = require("./waves.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4581;

// Unpicked lines handed back at logout wait here for the planner's next wave.
const returnedLines = [];

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw Object.assign(new Error("body must be JSON"), { status: 400 });
  }
}

async function route(req, res, url) {
  const hh = /^\/handhelds\/([\w-]+)\/(login|logout|tasks|picks)$/.exec(url.pathname);
  if (hh) {
    const [, device, action] = hh;
    if (action === "login" && req.method === "POST") {
      const s = login(device, await readJson(req));
      return send(res, 201, { device: s.device, picker: s.picker, zone: s.zone });
    }
    if (action === "tasks" && req.method === "GET") {
      const s = find(device);
      return send(res, 200, { device, zone: s.zone, tasks: s.tasks.slice(0, 20) });
    }
    if (action === "picks" && req.method === "POST") {
      const body = await readJson(req);
      const task = find(device).confirmPick(body.location, Number(body.qty) || 1);
      return task ? send(res, 200, task) : send(res, 404, { error: "no task at that location" });
    }
    if (action === "logout" && req.method === "POST") {
      const s = find(device);
      const leftover = s.logout();
      // The planner drains this each wave; keep only what it can still use.
      returnedLines.push(...leftover);
      returnedLines.splice(0, Math.max(0, returnedLines.length - 100));
      return send(res, 200, { device, picked: s.picked, returned: leftover.length });
    }
  }
  if (url.pathname === "/waves" && req.method === "POST") {
    const wave = releaseWave(await readJson(req));
    return send(res, 201, { id: wave.id, zone: wave.zone, lines: wave.lines.length });
  }
  if (url.pathname === "/waves" && req.method === "GET") return send(res, 200, recentWaves());
  if (url.pathname === "/floor" && req.method === "GET") return send(res, 200, floorStatus());
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err.status) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`pick-handhelds on http://127.0.0.1:${port}`);
});
