"use strict";

const http = require("node:http");
const { readJson, sendJson } = require("./http.cjs");
const routes = require("./routes.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
    const body = req.method === "POST" ? await readJson(req) : undefined;
    const { status, payload } = routes.dispatch(req.method, url.pathname, body);
    sendJson(res, status, payload);
  } catch (err) {
    sendJson(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
    if (!err.status) console.error(err);
  }
});

server.listen(port, "127.0.0.1", () => console.log(`tutor matching on 127.0.0.1:${port}`));
