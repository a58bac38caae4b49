"use strict";

const http = require("node:http");
const { shutdown } = require("./lifecycle.cjs");
const { processUpload, getUpload } = require("./uploads.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;
const MAX_BYTES = 1024 * 1024;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readText(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new Error("too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: !shutdown.signal.aborted });

  if (url.pathname === "/uploads" && req.method === "POST") {
    let csv;
    try {
      csv = await readText(req);
    } catch {
      return send(res, 413, { error: "upload too large" });
    }
    const upload = await processUpload(url.searchParams.get("name") ?? "upload.csv", csv);
    return send(res, upload.errors.length ? 422 : 201, upload.summary());
  }

  if (url.pathname.startsWith("/uploads/") && req.method === "GET") {
    const upload = getUpload(url.pathname.slice("/uploads/".length));
    return upload ? send(res, 200, upload.summary()) : send(res, 404, { error: "unknown upload" });
  }
  send(res, 404, { error: "not found" });
});

shutdown.signal.addEventListener("abort", () => server.close());
server.listen(
  port,
  "127.0.0.1",
  () => console.log(`upload processor listening on 127.0.0.1:${port}`),
);
