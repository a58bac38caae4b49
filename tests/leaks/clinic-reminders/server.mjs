import http from "node:http";
import {
  bookAppointment,
  cancelAppointment,
  getAppointment,
  stats,
  validateBooking,
} from "./appointments.mjs";
import { smsStats } from "./sms.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const APPOINTMENT = /^\/appointments\/([\w-]+)(?:\/(cancel))?$/;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/stats") return sendJson(res, 200, { ...stats(), sms: smsStats() });

  if (url.pathname === "/appointments" && req.method === "POST") {
    const body = await readJson(req);
    const problem = validateBooking(body);
    if (problem) return sendJson(res, 400, { error: problem });
    const appointment = bookAppointment(body);
    return appointment
      ? sendJson(res, 201, appointment)
      : sendJson(res, 409, { error: "reference already booked" });
  }

  const m = APPOINTMENT.exec(url.pathname);
  if (!m) return sendJson(res, 404, { error: "not found" });
  const [, id, action] = m;
  if (!action && req.method === "GET") {
    const appointment = getAppointment(id);
    return appointment
      ? sendJson(res, 200, appointment)
      : sendJson(res, 404, { error: "no such appointment" });
  }
  if (action === "cancel" && req.method === "POST") {
    const body = await readJson(req);
    const cancelled = cancelAppointment(id, body?.reason);
    return cancelled
      ? sendJson(res, 200, cancelled)
      : sendJson(res, 404, { error: "no such appointment" });
  }
  sendJson(res, 405, { error: "method not allowed" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`clinic reminders on 127.0.0.1:${port}`));
