import http from "node:http";
import { appointmentStats, book, checkIn, complete, openFor } from "./appointments.mjs";
import { billingStats } from "./billing.mjs";
import { dropV1, readV1 } from "./compat-v1.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4893;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/v2/appointments" && req.method === "POST") {
    const b = await readJson(req);
    if (!b.id || !b.vet || !b.start) return send(res, 422, { error: "id, vet and start" });
    const r = book(b);
    return r.error ? send(res, r.status, { error: r.error }) : send(res, 201, r.appointment);
  }
  if (url.pathname === "/v2/appointments") {
    const vet = url.searchParams.get("vet") ?? "";
    return send(
      res,
      200,
      openFor(vet).map((a) => ({ id: a.id, start: a.start, status: a.status })),
    );
  }
  const action = /^\/v2\/appointments\/([\w-]+)\/(check-in|complete)$/.exec(url.pathname);
  if (action && req.method === "POST") {
    const b = await readJson(req);
    const a = action[2] === "check-in"
      ? checkIn(action[1], b.weightKg)
      : complete(action[1], b.notes, b.items);
    return a ? send(res, 200, { id: a.id, status: a.status }) : send(res, 404, { error: "none" });
  }
  const v1 = /^\/v1\/afspraken\/([\w-]+)$/.exec(url.pathname);
  if (v1 && req.method === "GET") {
    const legacy = readV1(v1[1]);
    return legacy ? send(res, 200, legacy) : send(res, 404, { fout: "onbekende afspraak" });
  }
  if (v1 && req.method === "POST" && url.searchParams.get("_method") === "DELETE") {
    dropV1(v1[1]);
    return send(res, 200, { verwijderd: v1[1] });
  }
  if (url.pathname === "/status") {
    return send(res, 200, { appointments: appointmentStats(), billing: billingStats() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) =>
    send(res, err.status ?? 400, { error: String(err?.message ?? err) })
  );
}).listen(port, "127.0.0.1", () => console.log(`vet-desk-compat on 127.0.0.1:${port}`));
