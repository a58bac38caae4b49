"use strict";

const http = require("node:http");
const { BayFeed } = require("./feed.cjs");
const { ndjson } = require("./ndjson.cjs");
const { BookingError, arrive, book, current, depart, occupancy } = require("./bookings.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const feed = new BayFeed();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (!chunks.length) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BookingError(400, "body is not JSON");
  }
}

// Long poll: stream the booking's changes as NDJSON for up to `wait` ms.
function followBooking(res, id, waitMs) {
  const now = current(id);
  if (!now) return send(res, 404, { error: "no such booking" });
  res.writeHead(200, { "content-type": "application/x-ndjson" });
  feed.follow(id, now).pipe(ndjson()).pipe(res);
  setTimeout(() => res.end(), waitMs);
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/occupancy") {
    return send(res, 200, { levels: occupancy(), feed: feed.stats });
  }

  if (url.pathname === "/bookings" && req.method === "POST") {
    const { booking, change } = book(await readJson(req));
    feed.publish(change);
    return send(res, 201, booking);
  }

  if (parts[0] === "bookings" && parts[1]) {
    const id = parts[1];
    if (parts[2] === "changes" && req.method === "GET") {
      const wait = Math.min(Number(url.searchParams.get("wait") ?? 100), 250);
      return followBooking(res, id, wait);
    }
    if (parts[2] === "arrive" && req.method === "POST") {
      const { booking, change } = arrive(id);
      feed.publish(change);
      return send(res, 200, booking);
    }
    if (parts[2] === "depart" && req.method === "POST") {
      const { booking, change } = depart(id);
      feed.publish(change);
      return send(res, 200, booking);
    }
  }

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof BookingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`bay feed on :${port}`));
