"use strict";

const http = require("node:http");
const {
  addProperty,
  ApiError,
  configOf,
  listProperties,
  overrideProperty,
  removeProperty,
} = require("./properties.cjs");
const { groupDefaults, groupEvents, updateGroupDefaults } = require("./group.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/group") {
    if (req.method === "PATCH") return send(res, 200, updateGroupDefaults(await readJson(req)));
    return send(res, 200, {
      defaults: groupDefaults,
      subscribers: groupEvents.listenerCount("defaults.changed"),
    });
  }
  if (url.pathname === "/properties" && req.method === "POST") {
    return send(res, 201, addProperty(await readJson(req)));
  }
  if (url.pathname === "/properties") return send(res, 200, listProperties());
  if (parts[0] === "properties" && parts[1]) {
    if (parts.length === 2 && req.method === "PATCH") {
      return send(res, 200, overrideProperty(parts[1], await readJson(req)));
    }
    if (parts.length === 2) {
      const config = configOf(parts[1]);
      return send(res, 200, { property: config.property, effective: config.effective });
    }
    if (parts[2] === "remove" && req.method === "POST") {
      return send(res, 200, removeProperty(parts[1]));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ApiError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`hotel group config on :${port}`));
