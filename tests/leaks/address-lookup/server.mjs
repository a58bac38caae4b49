import http from "node:http";
import { cacheStats, lookup, LookupError } from "./geocoder.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    "cache-control": status === 200 ? "public, max-age=86400" : "no-store",
  });
  res.end(payload);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://lookup.local");
  try {
    if (req.method !== "GET") return send(res, 405, { error: "GET only" });
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/stats") return send(res, 200, cacheStats());
    if (url.pathname === "/addresses") {
      const address = await lookup(
        url.searchParams.get("postcode"),
        url.searchParams.get("number"),
      );
      return send(res, 200, address);
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof LookupError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`address lookup on 127.0.0.1:${port}`));
