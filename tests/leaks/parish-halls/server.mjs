import http from "node:http";
import {
  BookingError,
  bookingOf,
  cancelBooking,
  confirmHold,
  placeHold,
  recentCancellations,
} from "./bookings.mjs";
import { poolOutstanding, renderInvoice } from "./invoices.mjs";
import { availability } from "./availability.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new BookingError(400, "body is not JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://halls.local");
  const [first, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") {
    return send(res, 200, { ok: true, buffersOut: poolOutstanding() });
  }
  if (url.pathname === "/holds" && req.method === "POST") {
    return send(res, 201, placeHold(await readJson(req)));
  }
  if (first === "holds" && id && action === "confirm" && req.method === "POST") {
    return send(res, 201, confirmHold(id));
  }
  if (first === "bookings" && id && action === "invoice") {
    return send(res, 200, renderInvoice(bookingOf(id)), "text/plain; charset=utf-8");
  }
  if (first === "bookings" && id && action === "cancel" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, cancelBooking(id, String(body.reason ?? "")));
  }
  if (first === "halls" && id && action === "availability") {
    const result = availability(id, url.searchParams.get("date") ?? "");
    return result ? send(res, 200, result) : send(res, 404, { error: `no hall ${id}` });
  }
  if (url.pathname === "/cancellations") return send(res, 200, recentCancellations());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof BookingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`parish halls on :${port}`));
