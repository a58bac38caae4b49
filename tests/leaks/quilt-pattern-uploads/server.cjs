"use strict";

const http = require("node:http");
const { PatternShelf } = require("./lib/patterns.cjs");
const { UploadError, UploadSessions } = require("./lib/sessions.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const uploads = new UploadSessions();
const shelf = new PatternShelf();

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("latin1");
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/uploads" && req.method === "POST") {
    let input;
    try {
      input = JSON.parse(await readBody(req));
    } catch {
      throw new UploadError(400, "body must be JSON");
    }
    const session = uploads.open(input);
    return send(res, 201, { upload: session.id, offset: 0 }, {
      location: `/uploads/${session.id}`,
    });
  }
  if (parts[0] === "uploads" && parts[1] && req.method === "PATCH") {
    if (req.headers["content-type"] !== "application/offset+octet-stream") {
      throw new UploadError(415, "chunks must be application/offset+octet-stream");
    }
    const offset = Number(req.headers["upload-offset"]);
    const chunk = await readBody(req);
    const done = uploads.append(parts[1], offset, chunk);
    if (!done) {
      const next = offset + chunk.length;
      return send(res, 202, { offset: next }, { "upload-offset": String(next) });
    }
    const pattern = shelf.shelve(done);
    return send(res, 200, { pattern: pattern.id, sha1: pattern.sha1, size: pattern.size });
  }
  if (parts[0] === "patterns" && parts[2] === "preview") {
    const preview = shelf.preview(parts[1]);
    return preview ? send(res, 200, preview) : send(res, 404, { error: "no such pattern" });
  }
  if (parts[0] === "designers" && parts[1]) {
    return send(res, 200, { designer: parts[1], ...shelf.designer(parts[1]) });
  }
  if (url.pathname === "/stats") {
    return send(res, 200, { uploading: uploads.sessions.size, expired: uploads.expired });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof UploadError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`quilt pattern uploads on :${port}`));
