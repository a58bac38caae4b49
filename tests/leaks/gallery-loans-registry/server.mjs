import http from "node:http";
import { statementCacheSize } from "./db.mjs";
import { LruCache } from "./lru.mjs";
import { Pool } from "./pool.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3303;

const pool = new Pool(4);
const recentArtworks = new LruCache(50);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function artwork(id) {
  const cached = recentArtworks.get(id);
  if (cached) return cached;
  const [row] = await pool.withConnection((c) =>
    c.query("SELECT * FROM artworks WHERE id = ?", [id])
  );
  if (!row) throw new HttpError(404, `no artwork ${id}`);
  recentArtworks.set(id, row);
  return row;
}

async function loansFor(id) {
  const work = await artwork(id);
  // Artists looked up for this request only: one IN query for all the loans' artworks.
  const artists = new Map();
  return pool.withConnection(async (c) => {
    const loans = await c.query("SELECT * FROM loans WHERE artworkId = ?", [id]);
    const ids = [work.artistId];
    const rows = await c.query(
      `SELECT * FROM artists WHERE id IN (${ids.map(() => "?").join(", ")})`,
      ids,
    );
    for (const artist of rows) artists.set(artist.id, artist);
    return { artwork: work.title, artist: artists.get(work.artistId)?.name, loans };
  });
}

async function checkLoan(request) {
  const work = await artwork(request.artworkId);
  return pool.withConnection(async (c) => {
    const loans = await c.query("SELECT * FROM loans WHERE artworkId = ?", [work.id]);
    const clash = loans.find((l) => l.from <= request.to && request.from <= l.to);
    if (clash) throw new HttpError(409, `already at ${clash.venue} ${clash.from}–${clash.to}`);
    return { artworkId: work.id, venue: request.venue, available: true };
  });
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"));
      } catch {
        reject(new HttpError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, url) {
  const m = /^\/artworks\/([\w-]+)(\/loans)?$/.exec(url.pathname);
  if (req.method === "GET" && m) return m[2] ? loansFor(m[1]) : artwork(m[1]);
  if (req.method === "POST" && url.pathname === "/loans/check") {
    return checkLoan(await readJson(req));
  }
  if (req.method === "GET" && url.pathname === "/pool") {
    return { ...pool.stats(), statements: statementCacheSize(), recent: recentArtworks.size };
  }
  if (url.pathname === "/healthz") return { ok: true };
  throw new HttpError(404, "not found");
}

http.createServer(async (req, res) => {
  let status = 200;
  let body;
  try {
    body = await route(req, new URL(req.url, "http://localhost"));
  } catch (err) {
    status = err instanceof HttpError ? err.status : 500;
    body = { error: err.message };
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}).listen(port, "127.0.0.1", () => console.log(`loans registry on 127.0.0.1:${port}`));
