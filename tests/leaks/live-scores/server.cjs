"use strict";

const http = require("node:http");
const { hub } = require("./hub.cjs");
const { MatchError, applyEvent, findMatch, snapshot } = require("./matches.cjs");
const { Subscriber } = require("./stream.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4162;

const FEED_TOKEN = "feed-dev-token";

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw || "{}");
  } catch {
    throw new MatchError(400, "invalid JSON");
  }
}

const LIVE = /^\/matches\/([a-z0-9-]{3,40})\/live$/;
const EVENTS = /^\/matches\/([a-z0-9-]{3,40})\/events$/;
const MATCH = /^\/matches\/([a-z0-9-]{3,40})$/;

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  let m;
  if (req.method === "GET" && (m = LIVE.exec(url.pathname))) {
    const match = findMatch(m[1]);
    const mode = url.searchParams.get("mode") === "snapshot" ? "snapshot" : "live";
    const subscriber = new Subscriber(res, {
      mode,
      lastEventId: req.headers["last-event-id"] ?? null,
      client: url.searchParams.get("client") ?? "browser",
    });
    subscriber.open();
    // the current state first, so a client never shows live events on top of a stale score
    subscriber.send("snapshot", snapshot(match), match.seq);
    hub.join(match.id, subscriber);
    return;
  }
  if (req.method === "POST" && (m = EVENTS.exec(url.pathname))) {
    if (req.headers.authorization !== `Bearer ${FEED_TOKEN}`) {
      throw new MatchError(401, "feed token required");
    }
    const match = findMatch(m[1]);
    const event = applyEvent(match, await readJson(req));
    const delivered = hub.broadcast(match.id, "match-event", event, event.seq);
    return send(res, 202, { seq: event.seq, delivered });
  }
  if (req.method === "GET" && (m = MATCH.exec(url.pathname))) {
    const match = findMatch(m[1]);
    return send(res, 200, { ...snapshot(match), watching: hub.watching(match.id) });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://scores.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (res.headersSent) {
      console.error(err);
      return res.end();
    }
    if (err instanceof MatchError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`live scores on 127.0.0.1:${port}`));
