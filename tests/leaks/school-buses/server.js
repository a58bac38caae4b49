"use strict";

const http = require("node:http");
const passes = require("./passes.js");
const { ping } = require("./buses.js");
const { sent } = require("./outbox.js");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readJson(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(null);
      }
    });
  });
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function route(req, url) {
  const path = url.pathname;
  if (req.method === "GET") {
    if (path === "/healthz") return [200, { ok: true }];
    if (path === "/passes/search") {
      return [200, {
        results: passes.searchPrefix(url.searchParams.get("prefix")),
      }];
    }
    if (path === "/notes/search") {
      return [200, { results: passes.searchNotes(url.searchParams.get("q")) }];
    }
    if (path === "/office") return [200, { ...passes.office(), texts: sent }];
    return [404, { error: "not found" }];
  }
  if (req.method !== "POST") return [405, { error: "method not allowed" }];
  const body = await readJson(req);
  if (body === null) return [400, { error: "invalid JSON" }];
  if (path === "/passes") return [201, passes.apply(body)];
  let m = /^\/passes\/(\w+)\/route-confirmed$/.exec(path);
  if (m) return [200, passes.confirmRoute(m[1], body)];
  m = /^\/passes\/(\w+)\/cancel$/.exec(path);
  if (m) return [200, passes.cancel(m[1])];
  m = /^\/buses\/([\w-]+)\/pings$/.exec(path);
  if (m) {
    const result = ping(m[1], body);
    if (result === undefined) return [404, { error: "no such bus" }];
    return result ? [202, result] : [422, { error: "lat and lng required" }];
  }
  return [404, { error: "not found" }];
}

http.createServer((req, res) => {
  route(req, new URL(req.url, "http://localhost"))
    .then(([status, body]) => send(res, status, body))
    .catch((err) => {
      if (err instanceof passes.PassError) {
        return send(res, err.status, { error: err.message });
      }
      console.error(err);
      send(res, 500, { error: "internal error" });
    });
}).listen(
  port,
  "127.0.0.1",
  () => console.log(`school transport office on 127.0.0.1:${port}`),
);
