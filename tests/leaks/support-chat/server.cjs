"use strict";

const http = require("node:http");
const { poll, postMessage } = require("./handlers.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const ROOM_PATH = /^\/rooms\/([\w-]{1,40})\/(messages|poll)$/;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return res.writeHead(200).end("ok");
  const m = ROOM_PATH.exec(url.pathname);
  if (m && m[2] === "messages" && req.method === "POST") {
    return postMessage(req, res, m[1]).catch((err) => {
      if (!res.headersSent) res.writeHead(err.status ?? 400).end(err.message);
    });
  }
  if (m && m[2] === "poll" && req.method === "GET") {
    return poll(req, res, m[1], Number(url.searchParams.get("since")) || 0);
  }
  res.writeHead(404).end();
});

server.listen(port, "127.0.0.1", () => console.log(`support chat on 127.0.0.1:${port}`));
