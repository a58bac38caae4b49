"use strict";

const http = require("node:http");
const { LabelError, changeRecipe, printLabel, stats } = require("./labels.cjs");
const { recipes } = require("./recipes.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch (err) {
    throw new LabelError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/labels" && req.method === "POST") {
    return send(res, 201, printLabel(await readJson(req)));
  }
  if (parts[0] === "recipes" && parts[1]) {
    if (req.method === "GET") {
      const r = recipes.get(parts[1]);
      return r ? send(res, 200, r) : send(res, 404, { error: "no such recipe" });
    }
    if (req.method === "PATCH") return send(res, 200, changeRecipe(parts[1], await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof LabelError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`deli labels on :${port}`));
