import http from "node:http";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { brochure, cacheSize, useUpstream } from "./brochures.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// The brochure store, started next to us (its own process, as in production).
const store = spawn(process.execPath, [fileURLToPath(new URL("./upstream.mjs", import.meta.url))], {
  stdio: ["pipe", "pipe", "inherit"],
});
const [firstLine] = await once(store.stdout, "data");
const storePort = Number(/listening (\d+)/.exec(String(firstLine))[1]);
useUpstream("127.0.0.1", storePort);

const counts = { found: 0, missing: 0, failed: 0 };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://brochures.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...counts, cached: cacheSize() });

  const m = /^\/brochures\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    try {
      const found = await brochure(m[1]);
      if (!found) {
        counts.missing++;
        return send(res, 404, { error: `brochure ${m[1]} is not published` });
      }
      counts.found++;
      const lang = url.searchParams.get("lang");
      return send(
        res,
        200,
        lang && lang !== found.language ? { ...found, translated: false } : found,
      );
    } catch (err) {
      counts.failed++;
      return send(res, 502, { error: err.message });
    }
  }
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`brochure-proxy on http://127.0.0.1:${port} (store on ${storePort})`);
});
