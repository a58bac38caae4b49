import http from "node:http";
import { encodeThumbnail, gradientCss, parsePpm, renderThumbnail, topRow } from "./thumbnails.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** Encoded thumbnails, most recently used last; at most THUMB_CACHE of them. */
const THUMB_CACHE = 32;
const thumbnails = new Map();
/** Placeholder strips by photo id (tiny, so all of them stay). */
const placeholders = new Map();
const counters = { uploads: 0, thumbHits: 0, thumbMisses: 0, placeholders: 0 };

function cacheThumbnail(id, encoded) {
  thumbnails.delete(id);
  thumbnails.set(id, encoded);
  while (thumbnails.size > THUMB_CACHE) {
    thumbnails.delete(thumbnails.keys().next().value);
  }
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readText(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 256 * 1024) throw new Error("upload too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("latin1");
}

async function upload(id, req, res) {
  let image;
  try {
    image = parsePpm(await readText(req));
  } catch (err) {
    return send(res, 400, { error: err.message });
  }
  const raster = renderThumbnail(image);
  const encoded = encodeThumbnail(raster);
  cacheThumbnail(id, encoded);
  placeholders.set(id, { strip: topRow(raster), etag: encoded.etag, at: Date.now() });
  counters.uploads++;
  send(res, 201, {
    id,
    source: `${image.width}x${image.height}`,
    etag: encoded.etag,
    bytes: encoded.body.length,
  });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://photos.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { ...counters, cached: thumbnails.size });
  }

  const m = /^\/photos\/([\w-]+)(\/thumb|\/placeholder)?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, view] = m;

  if (req.method === "POST" && !view) return upload(id, req, res);

  if (req.method === "GET" && view === "/placeholder") {
    const p = placeholders.get(id);
    if (!p) return send(res, 404, { error: "no such photo" });
    counters.placeholders++;
    return send(res, 200, { id, etag: p.etag, background: gradientCss(p.strip) });
  }

  if (req.method === "GET" && view === "/thumb") {
    const t = thumbnails.get(id);
    if (!t) {
      counters.thumbMisses++;
      return send(res, 404, { error: "thumbnail not cached; upload again" });
    }
    counters.thumbHits++;
    cacheThumbnail(id, t);
    if (req.headers["if-none-match"] === t.etag) {
      res.writeHead(304, { etag: t.etag });
      return res.end();
    }
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-encoding": "deflate",
      "x-raster": "rgba;96x96",
      etag: t.etag,
    });
    return res.end(t.body);
  }
  send(res, 405, { error: "method not allowed" });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`photo-placeholders on http://127.0.0.1:${port}`);
});
