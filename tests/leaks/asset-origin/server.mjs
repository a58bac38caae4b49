import http from "node:http";
import { BUILD_ID } from "./assets.mjs";
import { serveAsset } from "./handlers.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(JSON.stringify({ ok: true, build: BUILD_ID }));
  }
  if (pathname.startsWith("/static/") && (req.method === "GET" || req.method === "HEAD")) {
    return serveAsset(req, res, pathname);
  }
  res.writeHead(404, { "content-type": "text/plain" }).end("not found");
});

server.listen(port, "127.0.0.1", () => console.log(`asset origin listening on 127.0.0.1:${port}`));
