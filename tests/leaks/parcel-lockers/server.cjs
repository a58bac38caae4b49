"use strict";

const http = require("node:http");
const { LockerError, collect, deposit, occupancy, waitingIn } = require("./lockers.cjs");
const { collectProblems, depositProblems } = require("./validate.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(JSON.parse(raw));
      } catch {
        resolve(null);
      }
    });
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/lockers") return sendJson(res, 200, { lockers: occupancy() });

  if (url.pathname === "/pickups" && req.method === "POST") {
    const body = await readJson(req);
    const problems = collectProblems(body);
    if (problems.length) return sendJson(res, 400, { problems });
    const parcel = collect(body);
    return sendJson(res, 200, {
      tracking: parcel.tracking,
      locker: parcel.lockerId,
      compartment: parcel.compartment,
    });
  }

  const match = /^\/lockers\/([A-Z]{3}-[A-Z]{2}-\d{2})\/parcels$/.exec(url.pathname);
  if (match && req.method === "POST") {
    const body = await readJson(req);
    const problems = depositProblems(body);
    if (problems.length) return sendJson(res, 400, { problems });
    const parcel = deposit(match[1], body);
    return sendJson(res, 201, {
      tracking: parcel.tracking,
      compartment: parcel.compartment,
      expiresAt: parcel.expiresAt,
    });
  }
  if (match && req.method === "GET") {
    const waiting = waitingIn(match[1]).map((p) => ({
      tracking: p.tracking,
      compartment: p.compartment,
      expiresAt: p.expiresAt,
    }));
    return sendJson(res, 200, { locker: match[1], waiting });
  }
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof LockerError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`parcel lockers on 127.0.0.1:${port}`));
