"use strict";

const http = require("node:http");
const { resolveLink } = require("./links.cjs");
const accessLog = require("./access_log.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  res.on(
    "finish",
    () => accessLog.write(req, res, Number(process.hrtime.bigint() - started) / 1e6),
  );

  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return res.writeHead(200).end("ok");

  if (url.pathname.startsWith("/r/") && req.method === "GET") {
    const target = resolveLink(url.pathname.slice(3), url.searchParams);
    if (!target) return res.writeHead(404, { "content-type": "text/plain" }).end("unknown link");
    return res.writeHead(302, { location: target, "cache-control": "no-store" }).end();
  }
  res.writeHead(404, { "content-type": "text/plain" }).end("not found");
});

process.on("SIGTERM", () => {
  accessLog.flush();
  server.close(() => process.exit(0));
});

server.listen(port, "127.0.0.1", () => console.log(`redirector listening on 127.0.0.1:${port}`));
