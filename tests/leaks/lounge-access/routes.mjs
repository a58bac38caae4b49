import { cacheStats, checkEligibility, LOUNGES } from "./eligibility.mjs";

// Who is in which lounge right now, for the capacity display at the entrance.
const occupancy = new Map(Object.keys(LOUNGES).map((id) => [id, 0]));
const CAPACITY = 400;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" }).end(payload);
}

export async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/stats") {
      return send(res, 200, { cache: cacheStats(), occupancy: Object.fromEntries(occupancy) });
    }

    const pass = url.searchParams.get("pass") ?? "";
    const flight = (url.searchParams.get("flight") ?? "").toUpperCase();
    const lounge = url.searchParams.get("lounge") ?? "";
    if (!pass || !/^[A-Z]{2}\d{2,4}$/.test(flight)) {
      return send(res, 400, { error: "pass and flight are required" });
    }

    if (url.pathname === "/access" && req.method === "GET") {
      const result = await checkEligibility(pass, flight, lounge);
      return result ? send(res, 200, result) : send(res, 404, { error: "unknown lounge" });
    }

    if (url.pathname === "/entries" && req.method === "POST") {
      const result = await checkEligibility(pass, flight, lounge);
      if (!result) return send(res, 404, { error: "unknown lounge" });
      if (!result.admitted) return send(res, 403, { error: "not eligible", ...result });
      const inside = occupancy.get(lounge) + 1 + result.guests;
      if (inside > CAPACITY) return send(res, 409, { error: "lounge full" });
      occupancy.set(lounge, inside);
      return send(res, 201, { welcome: result.passenger, guests: result.guests, inside });
    }

    if (url.pathname === "/exits" && req.method === "POST") {
      const result = await checkEligibility(pass, flight, lounge);
      if (!result) return send(res, 404, { error: "unknown lounge" });
      if (result.admitted) {
        occupancy.set(lounge, Math.max(0, occupancy.get(lounge) - 1 - result.guests));
      }
      return send(res, 200, { goodbye: result.passenger, inside: occupancy.get(lounge) });
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
  }
}
