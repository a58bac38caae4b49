import { randomUUID } from "node:crypto";
import { findAsset } from "./assets.mjs";

const CACHE_CONTROL = "public, max-age=300, must-revalidate";

function acceptsGzip(req) {
  return /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
}

export function serveAsset(req, res, pathname) {
  const requestId = req.headers["x-request-id"] ?? randomUUID();
  const label = `${req.method} ${pathname} ${requestId}`;
  console.time(label);

  const asset = findAsset(pathname);
  if (!asset) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    console.timeEnd(label);
    return;
  }

  const headers = { etag: asset.etag, "cache-control": CACHE_CONTROL, vary: "accept-encoding" };
  if (req.headers["if-none-match"] === asset.etag) {
    res.writeHead(304, headers).end();
    return;
  }

  const gzip = acceptsGzip(req);
  const body = gzip ? asset.gzip : asset.body;
  res.writeHead(200, {
    ...headers,
    "content-type": asset.type,
    "content-length": body.length,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  console.timeEnd(label);
}
