import http from "node:http";
import { fetchOriginal, OriginError, originUrl } from "./origin.mjs";
import { FORMATS, resize, WIDTHS } from "./transform.mjs";
import { VariantCache } from "./cache.mjs";
import { TransformTracker } from "./tracker.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const cache = new VariantCache(192 * 1024);
const tracker = new TransformTracker();
/** Renders in progress, so a burst of requests for a new photo renders it once. */
const rendering = new Map();
const counters = { hits: 0, misses: 0, joined: 0, notModified: 0 };

function parseVariant(url) {
  const m = /^\/img\/([A-Za-z0-9-]+)\/([a-z0-9-]+\.(?:jpg|jpeg|png))$/.exec(url.pathname);
  if (!m) return null;
  const asked = Number(url.searchParams.get("w") ?? 640);
  // snap to the widths we render, so the cache is not split by every layout's pixel width
  const width = WIDTHS.find((w) => w >= asked) ?? WIDTHS[WIDTHS.length - 1];
  const format = url.searchParams.get("fmt") ?? "jpeg";
  if (!(format in FORMATS)) return null;
  return { listing: m[1], photo: m[2], width, format };
}

async function render(key, params) {
  const originKey = `${params.listing}/${params.photo}`;
  const job = tracker.start(key, params, originUrl(originKey));
  try {
    const input = await fetchOriginal(originKey);
    const output = await resize(input, params);
    tracker.finish(job, { input, output });
    cache.set(key, output);
    return output;
  } catch (error) {
    tracker.finish(job, { error });
    throw error;
  }
}

function variantFor(params) {
  const key = `${params.listing}/${params.photo}@${params.width}.${params.format}`;
  const cached = cache.get(key);
  if (cached) {
    counters.hits++;
    return cached;
  }
  let pending = rendering.get(key);
  if (pending) {
    counters.joined++;
  } else {
    counters.misses++;
    pending = render(key, params).finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://img.local");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return sendJson(res, 200, { counters, cache: cache.stats(), rendering: rendering.size });
  }
  if (url.pathname === "/debug/transforms") {
    return sendJson(res, 200, tracker.snapshot(Number(url.searchParams.get("limit") ?? 20)));
  }
  const card = /^\/listings\/([A-Za-z0-9-]+)\/card$/.exec(url.pathname);
  if (card) {
    const base = `/img/${card[1]}/front.jpg`;
    return sendJson(res, 200, {
      listing: card[1],
      src: `${base}?w=640`,
      srcset: [320, 640, 960].map((w) => `${base}?w=${w}&fmt=webp ${w}w`).join(", "),
      sizes: "(max-width: 600px) 100vw, 640px",
    });
  }
  const params = parseVariant(url);
  if (!params) return sendJson(res, 404, { error: "not an image URL" });
  const variant = await variantFor(params);
  if (req.headers["if-none-match"] === variant.etag) {
    counters.notModified++;
    res.writeHead(304, { etag: variant.etag });
    return res.end();
  }
  res.writeHead(200, {
    "content-type": variant.contentType,
    "content-length": variant.body.length,
    "cache-control": "public, max-age=31536000, immutable",
    etag: variant.etag,
  });
  res.end(variant.body);
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof OriginError)) console.error(err);
    sendJson(res, err instanceof OriginError ? err.status : 502, { error: err.message });
  });
}).listen(port, "127.0.0.1");
