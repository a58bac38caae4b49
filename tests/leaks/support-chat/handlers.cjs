"use strict";

const { backlog, deliver, join, leave, post } = require("./rooms.cjs");

const POLL_TIMEOUT_MS = 25_000;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      raw += chunk;
      if (raw.length > 16 * 1024) reject(Object.assign(new Error("too large"), { status: 413 }));
    });
    req.on("end", () => resolve(raw));
    req.on("error", reject);
  });
}

async function postMessage(req, res, roomName) {
  const body = JSON.parse((await readBody(req)) || "{}");
  if (typeof body.text !== "string" || !body.text.trim()) {
    res.writeHead(400).end("text required");
    return;
  }
  const message = post(roomName, String(body.author ?? "anonymous"), body.text.trim());
  res.writeHead(201, { "content-type": "application/json" });
  res.end(JSON.stringify(message));
}

function poll(req, res, roomName, since) {
  const { room, member } = join(roomName, res, since, req.headers["user-agent"] ?? "");
  const pending = backlog(room, since);
  if (pending.length > 0) return deliver(room, member, pending);

  const timer = setTimeout(() => {
    if (res.writableEnded) return;
    res.writeHead(204).end();
    leave(room, member);
  }, POLL_TIMEOUT_MS);
  res.on("close", () => {
    clearTimeout(timer);
    leave(room, member);
  });
}

module.exports = { postMessage, poll };
