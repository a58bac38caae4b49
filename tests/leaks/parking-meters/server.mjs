import http from "node:http";
import { DailyRollup } from "./rollup.mjs";
import { feeFor, ZONES } from "./tariffs.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4785;

const rollups = new Map(Object.keys(ZONES).map((zone) => [zone, new DailyRollup(zone)]));
const sessions = new Map(); // app parking sessions in progress
let ended = 0;

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
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/sessions" && req.method === "POST") {
    const b = await readJson(req);
    if (!ZONES[b.zone] || !b.plate || !b.id) return send(res, 422, { error: "id, plate and zone" });
    if (sessions.has(b.id)) return send(res, 409, { error: "session exists" });
    const session = {
      id: b.id,
      plate: String(b.plate).toUpperCase(),
      zone: b.zone,
      startedAt: new Date(),
    };
    sessions.set(session.id, session);
    return send(res, 201, { id: session.id, zone: session.zone, startedAt: session.startedAt });
  }

  const stop = /^\/sessions\/([\w-]+)\/stop$/.exec(url.pathname);
  if (stop && req.method === "POST") {
    const session = sessions.get(stop[1]);
    if (!session) return send(res, 404, { error: "no such session" });
    sessions.delete(session.id);
    ended++;
    const at = new Date();
    // The app rounds up to whole minutes; a session stopped within the first minute pays one.
    const minutes = Math.max(1, Math.ceil((at - session.startedAt) / 60_000));
    const cents = feeFor(session.zone, minutes);
    rollups.get(session.zone).record({ at, cents, method: "app" });
    return send(res, 200, { id: session.id, minutes, cents });
  }

  const meter = /^\/meters\/([\w-]+)\/payments$/.exec(url.pathname);
  if (meter && req.method === "POST") {
    const b = await readJson(req);
    if (!ZONES[b.zone] || !Number.isInteger(b.cents)) {
      return send(res, 422, { error: "zone, cents" });
    }
    const method = b.method === "coins" ? "coins" : "card";
    rollups.get(b.zone).record({ at: new Date(), cents: b.cents, method });
    return send(res, 201, {
      meter: meter[1],
      paidUntilMinutes: Math.floor(b.cents / ZONES[b.zone].quarterCents) * 15,
    });
  }

  if (url.pathname === "/reports/daily") {
    const zone = url.searchParams.get("zone");
    const rollup = rollups.get(zone);
    if (!rollup) return send(res, 404, { error: "unknown zone" });
    return send(res, 200, { zone, name: ZONES[zone].name, days: rollup.report(7) });
  }
  if (url.pathname === "/status") return send(res, 200, { active: sessions.size, ended });
  return send(res, 404, { error: "not found" });
}

// Old days leave the rollups once an hour.
setInterval(() => {
  for (const rollup of rollups.values()) rollup.prune();
}, 3_600_000).unref();

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`parking-meters on 127.0.0.1:${port}`));
