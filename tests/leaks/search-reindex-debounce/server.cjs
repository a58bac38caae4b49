"use strict";
const http = require("node:http");
const { scheduleReindex, pendingFor, status } = require("./reindex.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const LOCALES = new Set(["en", "nl", "de", "fr"]);

function send(res, code, body) {
  res.writeHead(code, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        err.status = 400;
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function saveArticle(req, res, id) {
  const body = await readJson(req);
  if (typeof body.title !== "string" || typeof body.body !== "string") {
    return send(res, 400, { error: "title and body are required" });
  }
  // The CMS database is the source of truth (its own service); this endpoint is its hook.
  const article = {
    id,
    title: body.title.trim(),
    body: body.body,
    tags: Array.isArray(body.tags) ? body.tags.map(String) : [],
    locale: LOCALES.has(body.locale) ? body.locale : "en",
    updatedAt: new Date().toISOString(),
  };
  scheduleReindex(article);
  return send(res, 202, { id, reindex: "scheduled" });
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    const m = /^\/articles\/([\w-]+)$/.exec(url.pathname);
    if (m && (req.method === "PUT" || req.method === "POST" || req.method === "PATCH")) {
      return await saveArticle(req, res, m[1]);
    }
    const p = /^\/articles\/([\w-]+)\/reindex$/.exec(url.pathname);
    if (p && req.method === "GET") {
      return send(res, 200, { id: p[1], pending: pendingFor(p[1]) });
    }
    if (url.pathname === "/admin/reindex" && req.method === "GET") {
      return send(res, 200, status());
    }
    return send(res, 404, { error: "not found" });
  } catch (err) {
    return send(res, err.status ?? 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`help-centre reindex hook on http://127.0.0.1:${port}`);
});
