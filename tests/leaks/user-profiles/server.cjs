"use strict";

const http = require("node:http");
const { createRouteStats } = require("route-stats");
const { handleProfiles } = require("./profiles.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const routeStats = createRouteStats();

const server = http.createServer(async (req, res) => {
  if (req.url === "/healthz") return res.writeHead(200).end("ok");
  if (req.url === "/stats") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(JSON.stringify(routeStats.report()));
  }
  await handleProfiles(req, res);
});
server.on("request", routeStats.middleware());

server.listen(port, "127.0.0.1", () => console.log(`user profiles listening on 127.0.0.1:${port}`));
