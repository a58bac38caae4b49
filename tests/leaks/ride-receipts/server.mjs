import http from "node:http";
import { computeFare, FareError } from "./fares.mjs";
import {
  cancelPendingNotifications,
  notificationStats,
  scheduleTripNotifications,
} from "./notify.mjs";
import { inboxOf, pushStats } from "./push.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4152;

const DRIVERS = new Map([
  ["drv-17", "Sanne"],
  ["drv-23", "Youssef"],
  ["drv-41", "Priya"],
]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new FareError(400, "invalid JSON");
  }
}

const COMPLETE = /^\/rides\/([\w-]{4,40})\/complete$/;
const INBOX = /^\/riders\/([\w-]{2,40})\/inbox$/;

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  let m;
  if (req.method === "POST" && (m = COMPLETE.exec(url.pathname))) {
    const body = await readJson(req);
    const driverName = DRIVERS.get(body.driverId);
    if (!driverName) throw new FareError(422, "unknown driver");
    if (typeof body.riderId !== "string" || !body.riderId) {
      throw new FareError(422, "riderId is required");
    }
    const fare = computeFare(body);
    const trip = { rideId: m[1], riderId: body.riderId, driverId: body.driverId, driverName };
    scheduleTripNotifications(trip, fare);
    return send(res, 200, { rideId: trip.rideId, fare });
  }
  if (req.method === "GET" && (m = INBOX.exec(url.pathname))) {
    return send(res, 200, { messages: inboxOf(m[1]), push: pushStats(), ...notificationStats() });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://rides.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof FareError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`ride receipts on 127.0.0.1:${port}`));

process.on("SIGTERM", () => {
  const cancelled = cancelPendingNotifications();
  console.log(`shutting down, ${cancelled} notifications left to the reconcile job`);
  server.close(() => process.exit(0));
});
