import http from "node:http";
import { accountingStats, recordPayment } from "./accounting.mjs";
import { permitFor, permitStats } from "./permits.mjs";
import { feeCents } from "./tariffs.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4919;

const LEVELS = { "-1": 120, "-2": 140, "-3": 140 };
const occupancy = Object.fromEntries(Object.keys(LEVELS).map((l) => [l, 0]));
const parked = new Map(); // plate -> { plate, level, enteredAt, permit }
const exits = [];
const MAX_EXITS = 50;
const PLATE = /^[A-Z0-9]{1,3}-[A-Z0-9]{1,6}-[A-Z0-9]{1,3}$/;

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
  if (url.pathname === "/entries" && req.method === "POST") {
    const { plate, level } = await readJson(req);
    if (!PLATE.test(plate ?? "") || !(level in LEVELS)) {
      return send(res, 422, { error: "plate, level" });
    }
    if (parked.has(plate)) return send(res, 409, { error: "already inside" });
    if (occupancy[level] >= LEVELS[level]) return send(res, 409, { error: "level full" });
    const permit = await permitFor(plate);
    parked.set(plate, { plate, level, enteredAt: Date.now() - 95 * 60_000, permit });
    occupancy[level]++;
    return send(res, 201, { plate, level, permit: permit?.kind ?? null });
  }
  let m = /^\/parking\/([\w-]+)\/fee$/.exec(url.pathname);
  if (m) {
    const car = parked.get(m[1]);
    if (!car) return send(res, 404, { error: "not inside" });
    return send(res, 200, {
      plate: car.plate,
      cents: feeCents(car.enteredAt, Date.now(), car.permit),
    });
  }
  m = /^\/exits$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const { plate, method = "card" } = await readJson(req);
    const car = parked.get(plate);
    if (!car) return send(res, 404, { error: "not inside" });
    const cents = feeCents(car.enteredAt, Date.now(), car.permit);
    parked.delete(plate);
    occupancy[car.level]--;
    recordPayment({ plate, cents, method, at: Date.now() });
    exits.push({ plate, level: car.level, cents });
    if (exits.length > MAX_EXITS) exits.splice(0, exits.length - MAX_EXITS);
    return send(res, 200, { plate, cents });
  }
  if (url.pathname === "/occupancy") {
    return send(res, 200, {
      occupancy,
      inside: parked.size,
      lastExits: exits.slice(-3),
      permits: permitStats(),
      accounting: accountingStats(),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`car-park on http://127.0.0.1:${port}`));
