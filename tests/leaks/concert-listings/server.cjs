"use strict";

const http = require("node:http");
const { FragmentCache } = require("./fragments.cjs");
const { fetchEvent, eventsIn, NotFound } = require("./ticketing.cjs");
const { eventCard, eventList } = require("./render.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4747;

const fragments = new FragmentCache({ ttlMs: 1000 });
const LANGS = new Set(["nl", "en"]);

function sendFragment(req, res, entry) {
  if (req.headers["if-none-match"] === entry.etag) {
    res.writeHead(304, { etag: entry.etag });
    return res.end();
  }
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "public, max-age=1",
    etag: entry.etag,
    "last-modified": entry.renderedAt,
  });
  res.end(entry.html);
}

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res, url) {
  const lang = LANGS.has(url.searchParams.get("lang")) ? url.searchParams.get("lang") : "nl";

  const card = /^\/events\/(evt-\d+)\/card$/.exec(url.pathname);
  if (card && req.method === "GET") {
    const entry = await fragments.wrap(`card:${card[1]}:${lang}`, async () => {
      return eventCard(await fetchEvent(card[1]), lang);
    });
    return sendFragment(req, res, entry);
  }

  const city = /^\/cities\/([a-z-]+)\/events$/.exec(url.pathname);
  if (city && req.method === "GET") {
    const entry = await fragments.wrap(`city:${city[1]}:${lang}`, async () => {
      return eventList(city[1], await eventsIn(city[1]), lang);
    });
    return sendFragment(req, res, entry);
  }

  if (url.pathname === "/debug/fragments") {
    return sendJson(res, 200, { ...fragments.stats, cached: fragments.entries.size });
  }
  sendJson(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof NotFound) return sendJson(res, 404, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "could not render" });
  });
}).listen(port, "127.0.0.1", () => {
  console.log(`concert-listings on http://127.0.0.1:${port}`);
});
