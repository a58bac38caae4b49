import http from "node:http";
import { readJson, sendJson } from "./http.mjs";
import { route } from "./routes.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
    const body = req.method === "POST" ? await readJson(req) : undefined;
    const result = await route(req.method, url, body, req.headers);
    sendJson(res, result.status, result.body);
  } catch (err) {
    if (!err.status) console.error(err);
    sendJson(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`podcast transcripts listening on 127.0.0.1:${port}`);
});
