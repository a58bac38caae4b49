"use strict";

const http = require("node:http");
const threads = require("./threads.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(new threads.ReviewError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  const user = String(req.headers["x-user"] ?? "anonymous");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, threads.stats());

  // POST /docs/:doc/threads {id, anchor, body}
  if (parts[0] === "docs" && parts[2] === "threads" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 201, threads.openThread(parts[1], body.id, body.anchor, user, body.body));
  }
  if (parts[0] === "threads" && parts[1] && parts.length === 2 && req.method === "GET") {
    return send(res, 200, threads.getThread(parts[1]));
  }
  if (parts[0] === "threads" && parts[2] === "comments" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 201, threads.reply(parts[1], user, body.body));
  }
  if (parts[0] === "threads" && parts[2] === "resolve" && req.method === "POST") {
    return send(res, 200, threads.resolve(parts[1], user));
  }
  // GET /users/:handle/mentions
  if (parts[0] === "users" && parts[2] === "mentions") {
    return send(res, 200, threads.mentions.openFor(decodeURIComponent(parts[1])));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof threads.ReviewError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`review threads on :${port}`));
