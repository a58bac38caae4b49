"use strict";

const db = require("./db.cjs");

const PROFILE = /^\/users\/(\d{1,12})$/;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || "{}");
}

async function handleProfiles(req, res) {
  const match = PROFILE.exec(req.url.split("?")[0]);
  if (!match) return send(res, 404, { error: "not found" });
  const id = Number(match[1]);

  if (req.method === "GET") {
    const user = await db.findUser(id);
    return user ? send(res, 200, user) : send(res, 404, { error: "no such user" });
  }
  if (req.method === "PATCH") {
    let changes;
    try {
      changes = await readJson(req);
    } catch {
      return send(res, 400, { error: "invalid JSON" });
    }
    const allowed = ["displayName", "timezone", "locale"];
    const unknown = Object.keys(changes).filter((k) => !allowed.includes(k));
    if (unknown.length) return send(res, 422, { error: `cannot change ${unknown.join(", ")}` });
    return send(res, 200, await db.updateUser(id, changes));
  }
  send(res, 405, { error: "method not allowed" });
}

module.exports = { handleProfiles };
