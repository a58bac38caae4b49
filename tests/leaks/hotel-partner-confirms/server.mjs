import http from "node:http";
import { handlePartnerCallback, partnerStats, sendToPartner } from "./partner.mjs";
import { createReservation, findReservation, ReservationError } from "./reservations.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new ReservationError(400, "invalid JSON");
  }
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true, ...partnerStats() });

  if (pathname === "/reservations" && req.method === "POST") {
    const reservation = createReservation(await readJson(req));
    sendToPartner(reservation);
    return send(res, 202, { ref: reservation.ref, status: reservation.status });
  }
  if (pathname === "/partners/callback" && req.method === "POST") {
    const result = handlePartnerCallback(await readJson(req));
    // partners retry anything that isn't a 200, so unknown references are acknowledged too
    return send(res, 200, result);
  }
  const m = /^\/reservations\/([\w-]+)$/.exec(pathname);
  if (m && req.method === "GET") {
    const reservation = findReservation(m[1]);
    if (!reservation) return send(res, 404, { error: "not found" });
    return send(res, 200, reservation);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof ReservationError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`hotel reservations on :${port}`));
