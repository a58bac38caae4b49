import http from "node:http";
import {
  amend,
  BookingError,
  bookingStats,
  cancel,
  confirm,
  hold,
  joinWaitlist,
} from "./booking.mjs";
import { freeSlots } from "./calendar.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new BookingError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, bookingStats());
  if (url.pathname === "/slots") {
    const clinician = url.searchParams.get("clinician") ?? "";
    const date = url.searchParams.get("date") ?? "";
    return send(res, 200, freeSlots(clinician, date, 12));
  }
  if (url.pathname === "/holds" && req.method === "POST") {
    return send(res, 201, hold(await readJson(req)));
  }
  if (parts[0] === "holds" && parts[2] === "confirm" && req.method === "POST") {
    return send(res, 201, confirm(parts[1], await readJson(req)));
  }
  if (url.pathname === "/waitlist" && req.method === "POST") {
    return send(res, 200, joinWaitlist(await readJson(req)));
  }
  if (parts[0] === "appointments" && parts[1] && req.method === "PATCH") {
    return send(res, 200, amend(parts[1], await readJson(req)));
  }
  if (parts[0] === "appointments" && parts[2] === "cancel" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, cancel(parts[1], body.reason));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof BookingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`clinic slots on :${port}`));
