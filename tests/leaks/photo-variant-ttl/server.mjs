import http from "node:http";
import { loadOriginal, resize } from "./imaging.mjs";
import { TtlCache } from "./ttl-cache.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// Listing pages ask for the same few sizes of a new photo in a burst right after upload:
// variants are kept for two seconds to absorb it.
const variantCache = new TtlCache(2_000);
const SIZES = new Set(["64x64", "160x120", "320x240"]);

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function variantFor(photoId, size) {
  const key = `${photoId}:${size}`;
  const hit = variantCache.get(key);
  if (hit) return hit;
  const [w, h] = size.split("x").map(Number);
  return variantCache.set(key, resize(loadOriginal(photoId), w, h));
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });

  const match = /^\/photos\/([\w-]+)\/variants\/(\d+x\d+)$/.exec(url.pathname);
  if (req.method === "GET" && match) {
    if (!SIZES.has(match[2])) return sendJson(res, 400, { error: "unsupported size" });
    const variant = variantFor(match[1], match[2]);
    const headers = {
      etag: variant.etag,
      "cache-control": "public, max-age=86400",
      "x-image-size": `${variant.width}x${variant.height}`,
    };
    if (req.headers["if-none-match"] === variant.etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, { ...headers, "content-type": "application/octet-stream" });
    return res.end(
      Buffer.from(variant.bytes.buffer, variant.bytes.byteOffset, variant.bytes.length),
    );
  }

  if (req.method === "GET" && url.pathname === "/admin/variant-cache") {
    return sendJson(res, 200, variantCache.stats());
  }
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1");
