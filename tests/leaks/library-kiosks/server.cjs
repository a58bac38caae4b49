"use strict";

const http = require("node:http");
const { LibraryError, catalogue } = require("./catalogue.cjs");
const { borrow, branch, end, giveBack, screen, signIn } = require("./kiosk.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new LibraryError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/branch") return send(res, 200, branch());
  // a card is scanned at a kiosk
  if (url.pathname === "/sessions" && req.method === "POST") {
    const session = signIn(await readJson(req));
    return send(res, 201, { session: session.id, kiosk: session.kiosk });
  }
  if (parts[0] === "sessions" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2 && req.method === "GET") return send(res, 200, screen(id));
    if (parts[2] === "loans" && req.method === "POST") {
      const { isbn } = await readJson(req);
      return send(res, 201, borrow(id, isbn));
    }
    if (parts[2] === "returns" && req.method === "POST") {
      const { isbn } = await readJson(req);
      return send(res, 200, giveBack(id, isbn));
    }
    if (parts[2] === "end" && req.method === "POST") return send(res, 200, end(id));
  }
  // the returns chute scans each book back in
  if (url.pathname === "/returns" && req.method === "POST") {
    const { barcode } = await readJson(req);
    return send(res, 200, catalogue.giveBack(barcode));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof LibraryError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`library kiosks on :${port}`));
