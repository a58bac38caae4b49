"use strict";
const http = require("node:http");
const zlib = require("node:zlib");
const { ByteLRU } = require("./byte-lru.cjs");
const { renderSticker, SHAPES } = require("./render.cjs");

const portArg = process.argv.find(function (a) {
  return a.startsWith("--port=");
});
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** Rendered stickers (gzipped SVG), 48 KB of them at most. */
const renders = new ByteLRU({ maxBytes: 48 * 1024, maxEntries: 400 });
/** Renders under way, so a burst of the same sticker renders it once. */
const rendering = new Map();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function specFrom(name, params) {
  const color = (params.get("color") || "ff6600").toLowerCase();
  const shape = params.get("shape") || "circle";
  const size = Number(params.get("size") || 256);
  if (
    !/^[0-9a-f]{6}$/.test(color) || !Object.hasOwn(SHAPES, shape) || ![128, 256, 512].includes(size)
  ) {
    return null;
  }
  return { text: (params.get("text") || name).slice(0, 40), color, shape, size };
}

function sticker(key, spec) {
  const cached = renders.get(key);
  if (cached) return Promise.resolve(cached);
  let pending = rendering.get(key);
  if (!pending) {
    pending = renderSticker(spec)
      .then(function (rendered) {
        renders.set(key, rendered, rendered.gz.length + key.length * 2 + 64);
        return rendered;
      })
      .finally(function () {
        rendering.delete(key);
      });
    rendering.set(key, pending);
  }
  return pending;
}

async function route(req, res) {
  const url = new URL(req.url, "http://stickers.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/cache") {
    return send(res, 200, Object.assign(renders.stats(), { rendering: rendering.size }));
  }

  const m = /^\/stickers\/([\w-]+)\.svg$/.exec(url.pathname);
  if (!m || req.method !== "GET") return send(res, 404, { error: "not found" });
  const spec = specFrom(m[1], url.searchParams);
  if (!spec) return send(res, 400, { error: "bad colour, shape or size" });

  const key = `${m[1]}|${spec.text}|${spec.color}|${spec.shape}|${spec.size}`;
  const rendered = await sticker(key, spec);
  if (req.headers["if-none-match"] === rendered.etag) {
    res.writeHead(304, { etag: rendered.etag });
    return res.end();
  }
  const headers = {
    "content-type": "image/svg+xml",
    "cache-control": "public, max-age=86400",
    etag: rendered.etag,
    vary: "accept-encoding",
  };
  if (/\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
    res.writeHead(200, Object.assign(headers, { "content-encoding": "gzip" }));
    return res.end(rendered.gz);
  }
  zlib.gunzip(rendered.gz, function (err, svg) {
    if (err) return send(res, 500, { error: "corrupt render" });
    res.writeHead(200, headers);
    res.end(svg);
  });
}

http.createServer(function (req, res) {
  route(req, res).catch(function (err) {
    send(res, 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", function () {
  console.log("sticker-renders on http://127.0.0.1:" + port);
});
