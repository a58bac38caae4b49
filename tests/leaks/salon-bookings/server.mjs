import { createServer } from "node:http";
import {
  book,
  BookingError,
  cancel,
  complete,
  dayOf,
  recentTexts,
  stats,
  STYLISTS,
} from "./appointments.mjs";
import { FragmentCache } from "./fragments.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4753;

const fragments = new FragmentCache({ ttlMs: 1000 });

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new BookingError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/appointments" && req.method === "POST") {
    const a = book(await readJson(req));
    fragments.invalidate(`day:${a.stylist}:`);
    return send(res, 201, {
      ref: a.ref,
      start: new Date(a.start).toISOString(),
      service: a.service,
    });
  }
  const action = /^\/appointments\/([\w-]+)\/(complete|cancel)$/.exec(url.pathname);
  if (action && req.method === "POST") {
    const result = action[2] === "complete" ? complete(action[1]) : cancel(action[1]);
    return send(res, 200, result);
  }
  const day = /^\/stylists\/(\w+)\/days\/(\d{4}-\d{2}-\d{2})$/.exec(url.pathname);
  if (day && req.method === "GET" && STYLISTS[day[1]]) {
    const body = await fragments.wrap(`day:${day[1]}:${day[2]}`, () => {
      const booked = dayOf(day[1], day[2]).map((a) => ({
        from: new Date(a.start).toISOString().slice(11, 16),
        to: new Date(a.end).toISOString().slice(11, 16),
        service: a.service,
      }));
      return Promise.resolve({ stylist: STYLISTS[day[1]].name, day: day[2], booked });
    });
    return send(res, 200, body);
  }
  if (url.pathname === "/ops" && req.method === "GET") {
    return send(res, 200, { ...stats, cache: fragments.stats, texts: recentTexts() });
  }
  send(res, 404, { error: "not found" });
}

createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof BookingError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`salon-bookings on http://127.0.0.1:${port}`));
