import http from "node:http";
import { Label, RimLabel, TyreSetLabel } from "./lib/labels.mjs";
import { plateStats, vehicle } from "./lib/plates.mjs";
import { occupancy, releasePosition, takePosition } from "./lib/racks.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4840;

const stored = new Map();
const movements = new Array(30);
let moved = 0;

function logMovement(kind, plate, position) {
  movements[moved++ % movements.length] = { kind, plate, position, at: Date.now() };
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function checkIn(body) {
  const plate = String(body.plate ?? "").toUpperCase();
  if (!/^[A-Z0-9-]{4,10}$/.test(plate)) throw Object.assign(new Error("plate"), { status: 422 });
  if (stored.has(plate)) throw Object.assign(new Error("already stored"), { status: 409 });
  const v = await vehicle(plate);
  const position = takePosition();
  const set = {
    plate,
    customer: String(body.customer ?? ""),
    season: body.season === "summer" ? "summer" : "winter",
    size: v.size,
    treadMm: (body.treadMm ?? []).map(Number).slice(0, 4),
    rims: body.rims ? String(body.rims) : null,
    position,
    labels: [],
  };
  set.labels.push(new TyreSetLabel(position, set));
  if (set.rims) set.labels.push(new RimLabel(position, set));
  stored.set(plate, set);
  logMovement("in", plate, position);
  return set;
}

function checkOut(plate) {
  const set = stored.get(plate);
  if (!set) throw Object.assign(new Error("not stored here"), { status: 404 });
  for (const label of set.labels) label.void("collected");
  releasePosition(set.position);
  stored.delete(plate);
  logMovement("out", plate, set.position);
  return { plate, position: set.position, worn: set.treadMm.some((mm) => mm < 3) };
}

async function route(req, res, url) {
  if (url.pathname === "/sets" && req.method === "POST") {
    const set = await checkIn(await readJson(req));
    return send(res, 201, { plate: set.plate, position: set.position, labels: set.labels.length });
  }
  const out = /^\/sets\/([A-Z0-9-]{4,10})\/checkout$/.exec(url.pathname);
  if (out && req.method === "POST") return send(res, 200, checkOut(out[1]));
  const plate = /^\/plates\/([A-Za-z0-9-]{4,10})$/.exec(url.pathname);
  if (plate && req.method === "GET") return send(res, 200, await vehicle(plate[1].toUpperCase()));
  const label = /^\/labels\/(L\d{7})$/.exec(url.pathname);
  if (label) {
    const l = Label.scan(label[1]);
    return l ? send(res, 200, { code: l.code, rack: l.rack, text: l.text }) : send(res, 404, {});
  }
  if (url.pathname === "/racks") {
    return send(res, 200, {
      ...occupancy(),
      labels: Label.inCirculation,
      plates: plateStats(),
      recent: movements.filter(Boolean).slice(-5),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`tyre-storage on 127.0.0.1:${port}`));
