"use strict";

const http = require("node:http");
const { announce, checkout, deskStatus, giveBack, play } = require("./devices.cjs");
const { indexStats, search, updateStop } = require("./stops.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4591;

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
  const guide = /^\/guides\/([\w-]+)\/(checkout|plays|return)$/.exec(url.pathname);
  if (guide && req.method === "POST") {
    const [, device, action] = guide;
    if (action === "checkout") {
      const g = checkout(device, await readJson(req));
      return send(res, 201, { device: g.device, language: g.language, tour: g.tour });
    }
    if (action === "plays") return send(res, 200, play(device, (await readJson(req)).stop));
    return send(res, 200, giveBack(device));
  }
  const stop = /^\/stops\/(\d+)$/.exec(url.pathname);
  if (stop && req.method === "PATCH") {
    const updated = updateStop(stop[1], await readJson(req));
    return updated ? send(res, 200, updated) : send(res, 404, { error: "no such stop" });
  }
  if (url.pathname === "/search" && req.method === "GET") {
    return send(res, 200, { hits: search(url.searchParams.get("q") ?? ""), ...indexStats() });
  }
  if (url.pathname === "/announcements" && req.method === "POST") {
    return send(res, 202, announce((await readJson(req)).message));
  }
  if (url.pathname === "/desk" && req.method === "GET") return send(res, 200, deskStatus());
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
  console.log(`audio-guides on http://127.0.0.1:${port}`);
});
