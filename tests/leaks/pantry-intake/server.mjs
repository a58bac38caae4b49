import http from "node:http";
import { household, householdStats } from "./households.mjs";
import { reportStats, stockLevels, takeFromShelves } from "./stock.mjs";
import { findVisit, finishVisit, startVisit, visitStats } from "./visits.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4899;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/visits" && req.method === "POST") {
    const b = await readJson(req);
    const h = await household(String(b.household ?? ""));
    const visit = startVisit(`${h.id}@${b.day ?? "today"}`, h, String(b.volunteer ?? ""));
    if (!visit) return send(res, 409, { error: "already being served" });
    return send(res, 201, { id: visit.id, size: visit.size, diet: visit.diet });
  }
  const parcel = /^\/visits\/([\w@-]+)\/parcel$/.exec(url.pathname);
  if (parcel && req.method === "POST") {
    const visit = findVisit(parcel[1]);
    if (!visit) return send(res, 404, { error: "no visit in progress" });
    const b = await readJson(req);
    visit.parcel.push(...takeFromShelves(visit.id, Array.isArray(b.items) ? b.items : []));
    return send(res, 200, { id: visit.id, lines: visit.parcel.length });
  }
  const done = /^\/visits\/([\w@-]+)\/done$/.exec(url.pathname);
  if (done && req.method === "POST") {
    const visit = finishVisit(done[1]);
    return visit ? send(res, 200, { id: visit.id }) : send(res, 404, { error: "none" });
  }
  if (url.pathname === "/stock") return send(res, 200, stockLevels());
  if (url.pathname === "/status") {
    return send(res, 200, {
      visits: visitStats(),
      households: householdStats(),
      report: reportStats(),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`pantry-intake on 127.0.0.1:${port}`));
