"use strict";

const http = require("node:http");
const { ThumbnailQueue } = require("./queue.cjs");
const { SIZES, renderThumbnail } = require("./thumbs.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4961;

const queue = new ThumbnailQueue(renderThumbnail);
let jobSeq = 0;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function queueThumbnails(upload, priority, requestedBy) {
  for (const size of Object.keys(SIZES)) {
    queue.enqueue({ id: ++jobSeq, upload, size, priority, requestedBy, queuedAt: Date.now() });
  }
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/thumbnails/queue") {
    return send(res, 200, { depth: queue.depth(), done: queue.done });
  }

  if (url.pathname === "/uploads" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.id || !body.width || !body.height) {
      return send(res, 422, { error: "id, width, height" });
    }
    const upload = { ...body, receivedAt: new Date().toISOString() };
    queueThumbnails(upload, "interactive", req.headers["x-user"] ?? "anonymous");
    return send(res, 202, { id: upload.id, thumbnails: Object.keys(SIZES) });
  }

  // Admin bulk tool: regenerate thumbnails after a crop-setting change, without blocking uploads.
  if (url.pathname === "/admin/regenerate" && req.method === "POST") {
    const body = await readJson(req);
    const uploads = Array.isArray(body.uploads) ? body.uploads : [];
    for (const upload of uploads) queueThumbnails(upload, "background", "admin-bulk");
    return send(res, 202, { queued: uploads.length * Object.keys(SIZES).length });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`thumbnail-lanes on 127.0.0.1:${port}`));
