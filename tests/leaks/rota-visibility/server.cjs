"use strict";

const http = require("node:http");
const { authenticate } = require("./lib/auth.cjs");
const { PerUserCache } = require("./lib/per-user-cache.cjs");
const { summarise, visibleShifts } = require("./lib/rota.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const rotaViews = new PerUserCache({ perUser: 8 });
const swapRequests = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res, url, user) {
  if (url.pathname === "/rota" && req.method === "GET") {
    const week = url.searchParams.get("week") ?? "2025-W23";
    const shifts = rotaViews.get(user, `rota:${week}`, () => visibleShifts(user, week));
    if (!shifts) return send(res, 400, { error: "week must look like 2025-W23" });
    return send(res, 200, { week, shifts, hours: summarise(shifts) });
  }
  if (url.pathname === "/me") {
    return send(res, 200, { id: user.id, name: user.name, teams: user.teams, roles: user.roles });
  }
  if (url.pathname === "/swaps" && req.method === "POST") {
    const body = await readJson(req);
    const swap = { from: user.id, date: body.date, shift: body.shift, note: body.note ?? "" };
    swapRequests.unshift(swap);
    swapRequests.length = Math.min(swapRequests.length, 20);
    return send(res, 201, swap);
  }
  if (url.pathname === "/logout" && req.method === "POST") {
    rotaViews.drop(user);
    return send(res, 200, { ok: true });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const user = authenticate(req);
  if (!user) return send(res, 401, { error: "sign in again" });
  route(req, res, url, user).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`rota on :${port}`));
