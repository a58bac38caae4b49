"use strict";

const http = require("node:http");
const { CardError, decode } = require("./activities.cjs");
const { check } = require("./rules.cjs");
const { exportStatus, report } = require("./compliance.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const lastUpload = new Map();
const recent = [];

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/compliance") {
    return send(res, 200, { export: exportStatus(), recent: recent.slice(0, 10) });
  }
  if (req.method === "POST" && url.pathname === "/uploads") {
    const day = decode(await readJson(req));
    const { drivingMin, infringements } = check(day);
    const ids = infringements.map((inf) => report(day, inf));
    lastUpload.set(day.depot, { card: day.card, day: day.day, at: Date.now() });
    recent.unshift({ card: day.card, day: day.day, drivingMin, infringements: ids.length });
    if (recent.length > 50) recent.pop();
    return send(res, 201, { card: day.card, drivingMin, infringements: ids });
  }
  const depot = /^\/depots\/([\w-]+)\/last-upload$/.exec(url.pathname);
  if (req.method === "GET" && depot) {
    const last = lastUpload.get(depot[1]);
    return last ? send(res, 200, last) : send(res, 404, { error: "no uploads from that depot" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res, new URL(req.url, "http://localhost")).catch((err) => {
    if (err instanceof CardError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`tachograph uploads on 127.0.0.1:${port}`));
