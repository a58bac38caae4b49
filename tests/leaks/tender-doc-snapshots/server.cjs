"use strict";

const http = require("node:http");
const { TenderError, editSection, getTender, snapshot, stats } = require("./tenders.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(new TenderError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (parts[0] !== "tenders" || !parts[1]) return send(res, 404, { error: "not found" });

  if (parts.length === 2) {
    const t = getTender(parts[1]);
    return send(res, 200, { id: t.id, title: t.title, revision: t.revision });
  }
  if (parts[2] === "snapshot") return send(res, 200, snapshot(parts[1]).html, "text/html");
  // PATCH /tenders/:id/sections/:n {text}
  if (parts[2] === "sections" && parts[3] && req.method === "PATCH") {
    const body = await readJson(req);
    const editor = String(req.headers["x-editor"] ?? "anonymous");
    return send(res, 200, editSection(parts[1], Number(parts[3]), body.text, editor));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof TenderError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`tender editor on :${port}`));
