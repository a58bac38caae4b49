import http from "node:http";
import { SagaOrchestrator } from "./saga.mjs";
import { airline, cars, hotels } from "./suppliers.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const orchestrator = new SagaOrchestrator([
  {
    name: "flight",
    execute: (trip) => airline.reserve(trip.flight, trip.travellers),
    compensate: (_trip, reservation) => airline.release(reservation),
  },
  {
    name: "hotel",
    execute: (trip) => hotels.reserve(trip.hotel, trip.nights),
    compensate: (_trip, reservation) => hotels.release(reservation),
  },
  {
    name: "car",
    execute: (trip) => cars.reserve(trip.car, trip.nights + 1),
    compensate: (_trip, reservation) => cars.release(reservation),
  },
]);

/** The last trips booked, for the confirmation page and support lookups. */
const RECENT_TRIPS = 200;
const recentTrips = new Map();

function remember(trip) {
  recentTrips.delete(trip.reference);
  recentTrips.set(trip.reference, trip);
  if (recentTrips.size > RECENT_TRIPS) recentTrips.delete(recentTrips.keys().next().value);
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function validTrip(body) {
  const problems = [];
  if (typeof body.reference !== "string" || !body.reference) problems.push("reference");
  for (const field of ["flight", "hotel", "car"]) {
    if (typeof body[field] !== "string") problems.push(field);
  }
  if (!Number.isInteger(body.nights) || body.nights < 1) problems.push("nights");
  return problems;
}

async function bookTrip(req, res) {
  const body = await readJson(req);
  const problems = validTrip(body);
  if (problems.length) return send(res, 400, { error: "invalid trip", fields: problems });
  const trip = {
    reference: body.reference,
    traveller: body.traveller ?? null,
    travellers: body.travellers ?? 1,
    flight: body.flight,
    hotel: body.hotel,
    car: body.car,
    nights: body.nights,
  };
  const saga = await orchestrator.run(trip.reference, trip);
  const summary = {
    reference: trip.reference,
    traveller: trip.traveller,
    status: saga.state,
    confirmations: Object.fromEntries(
      Object.entries(saga.results).map(([step, r]) => [step, r.code]),
    ),
    total: Object.values(saga.results).reduce((sum, r) => sum + r.price * r.quantity, 0),
    failure: saga.failure ?? null,
    tookMs: saga.finishedAt - saga.startedAt,
  };
  remember(summary);
  return send(res, saga.state === "completed" ? 201 : 409, summary);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname === "/trips") return await bookTrip(req, res);
    const match = /^\/trips\/([\w-]+)$/.exec(url.pathname);
    if (req.method === "GET" && match) {
      const trip = recentTrips.get(match[1]);
      return trip ? send(res, 200, trip) : send(res, 404, { error: "unknown trip" });
    }
    if (req.method === "GET" && url.pathname === "/admin/sagas") {
      return send(res, 200, {
        running: orchestrator.running.size,
        counts: orchestrator.counts,
        suppliers: { airline: airline.stats(), hotels: hotels.stats(), cars: cars.stats() },
      });
    }
    return send(res, 404, { error: "not found" });
  } catch (err) {
    return send(res, 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1");
