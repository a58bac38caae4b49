"use strict";

const http = require("node:http");
const { remember, recent } = require("./recent.cjs");
const { order, orders, sendJson } = require("./routes.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return res.writeHead(200).end("ok");
  remember(req, res);
  if (url.pathname === "/admin/recent") return sendJson(res, 200, recent(20));
  if (url.pathname === "/orders") return orders(res, url);
  const m = /^\/orders\/([\w-]+)$/.exec(url.pathname);
  if (m) return order(res, m[1]);
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`admin console on 127.0.0.1:${port}`));
