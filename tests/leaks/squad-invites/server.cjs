"use strict";

const http = require("node:http");
const { PartyError, invite, leaveParty, respond, view } = require("./parties.cjs");

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
      } catch {
        reject(new PartyError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

function playerOf(req) {
  const player = req.headers["x-player"];
  if (!player) throw new PartyError(401, "x-player required");
  return String(player);
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (parts[0] === "parties" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return send(res, 200, view(parts[1]));
    if (parts[2] === "invites" && req.method === "POST") {
      const inv = invite(parts[1], playerOf(req), await readJson(req));
      return send(res, 201, { id: inv.id, to: inv.to, expiresAt: inv.expiresAt });
    }
    if (parts[2] === "leave" && req.method === "POST") {
      return send(res, 200, leaveParty(parts[1], playerOf(req)));
    }
    if (parts[2] === "accept" && req.method === "POST") {
      return send(res, 200, respond(parts[1], playerOf(req), true));
    }
    if (parts[2] === "decline" && req.method === "POST") {
      return send(res, 200, respond(parts[1], playerOf(req), false));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof PartyError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`party invites on :${port}`));
