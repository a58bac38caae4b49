import http from "node:http";
import { counters, queueState, thumbnail } from "./renderer.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const WIDTHS = new Set([160, 320, 640]);

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...counters, ...queueState() });

  const m = /^\/thumbs\/([a-z0-9-]{1,64})$/.exec(url.pathname);
  if (!m || req.method !== "GET") return send(res, 404, { error: "not found" });
  const width = Number(url.searchParams.get("w") ?? 320);
  if (!WIDTHS.has(width)) return send(res, 400, { error: "width must be 160, 320 or 640" });

  try {
    const { thumb, timings } = await thumbnail(m[1], width);
    const serverTiming = timings.map((t) => `${t.stage};dur=${t.ms.toFixed(1)}`).join(", ");
    send(res, 200, {
      poster: thumb.poster,
      width: thumb.width,
      bytes: thumb.data.length,
      data: thumb.data,
    }, {
      "cache-control": "public, max-age=300",
      ...(serverTiming ? { "server-timing": serverTiming } : {}),
    });
  } catch (err) {
    send(res, 500, { error: err.message });
  }
}).listen(port, "127.0.0.1", () => console.log(`poster thumbnails on :${port}`));
