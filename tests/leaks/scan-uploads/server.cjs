const http = require("node:http");
const {
  UploadError,
  appendChunk,
  completeUpload,
  createUpload,
  uploadsInProgress,
} = require("./uploads.cjs");
const { recent } = require("./storage.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4531;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readBody(req) {
  const parts = [];
  for await (const part of req) parts.push(part);
  return Buffer.concat(parts);
}

async function readJson(req) {
  try {
    return JSON.parse((await readBody(req)).toString("utf8"));
  } catch {
    throw new UploadError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/uploads" && req.method === "POST") {
    const result = createUpload(await readJson(req));
    return send(res, result.created ? 201 : 200, result.upload);
  }
  if (url.pathname === "/uploads" && req.method === "GET") {
    return send(res, 200, uploadsInProgress(url.searchParams.get("device")));
  }
  const chunk = /^\/uploads\/([\w-]+)$/.exec(url.pathname);
  if (chunk && req.method === "PATCH") {
    const offset = Number(req.headers["upload-offset"] ?? NaN);
    return send(res, 200, appendChunk(chunk[1], await readBody(req), offset));
  }
  const complete = /^\/uploads\/([\w-]+)\/complete$/.exec(url.pathname);
  if (complete && req.method === "POST") return send(res, 200, completeUpload(complete[1]));
  if (url.pathname === "/documents/recent" && req.method === "GET") {
    return send(res, 200, recent(Number(url.searchParams.get("n") || 10)));
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof UploadError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`scan-uploads on 127.0.0.1:${port}`));
