import http from "node:http";
import SwrCache from "./node_modules/swr-cache/index.js";
import { fetchAffinities, fetchProfile, fetchTrending, productsFor } from "./backend.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4862;

const cache = new SwrCache({
  maxEntries: 200,
  freshMs: 30_000,
  staleMs: 10 * 60_000,
  onError: (err, key) => console.warn(`revalidation of ${key} failed: ${err.message}`),
});

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function recommendations(userId, limit) {
  const [profile, affinities] = await Promise.all([
    cache.get(`profile:${userId}`, () => fetchProfile(userId)),
    cache.get(`affinity:${userId}`, () => fetchAffinities(userId)),
  ]);
  const trending = await cache.get(
    `trending:${profile.country}`,
    () => fetchTrending(profile.country),
  );
  const weight = new Map(affinities.map((a) => [a.category, a.score]));
  const ranked = productsFor(trending)
    .map((p, rank) => ({ ...p, score: (weight.get(p.category) ?? 0) + (20 - rank) / 40 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return { userId, segment: profile.segment, items: ranked };
}

async function route(req, res, url) {
  const match = /^\/users\/([\w-]+)\/recommendations$/.exec(url.pathname);
  if (match && req.method === "GET") {
    const limit = Math.min(24, Number(url.searchParams.get("limit")) || 8);
    return send(res, 200, await recommendations(match[1], limit));
  }
  if (url.pathname === "/cache/stats") return send(res, 200, cache.stats());
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    console.error(err);
    send(res, 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`shop-recommendations on 127.0.0.1:${port}`));
