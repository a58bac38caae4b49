import http from "node:http";
import { TicketBoard } from "./board.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const STATIONS = new Set(["grill", "fry", "pastry", "cold", "expo"]);
const MAX_WAIT_MS = 25_000;

const board = new TicketBoard();

function send(res, status, body) {
  if (res.writableEnded) return;
  if (status === 204) {
    res.writeHead(204);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function handle(req, res) {
  const url = new URL(req.url, "http://kitchen.local");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/board") return send(res, 200, board.stats());

  if (req.method === "POST" && url.pathname === "/tickets") {
    const body = await readJson(req);
    if (!STATIONS.has(body.station) || !Array.isArray(body.items)) {
      return send(res, 400, { error: "station and items required" });
    }
    const ticket = board.fire(body.station, String(body.table ?? "?"), body.items, body.note);
    return send(res, 201, { seq: ticket.seq, station: ticket.station });
  }

  if (req.method === "POST" && parts[0] === "tickets" && parts[2] === "bump") {
    return board.bump(Number(parts[1]))
      ? send(res, 204)
      : send(res, 404, { error: "no such ticket" });
  }

  // GET /stations/:station/next?since=<seq|now>&wait=<ms>
  if (req.method === "GET" && parts[0] === "stations" && parts[2] === "next") {
    const station = parts[1];
    if (!STATIONS.has(station)) return send(res, 404, { error: "no such station" });
    const sinceParam = url.searchParams.get("since") ?? "now";
    const since = sinceParam === "now" ? board.seq : Number(sinceParam);
    const waitMs = Math.min(Number(url.searchParams.get("wait") ?? 20_000), MAX_WAIT_MS);
    board.next(station, since, waitMs, (tickets) => {
      if (tickets.length === 0) return send(res, 204);
      send(res, 200, { station, tickets, last: tickets[tickets.length - 1].seq });
    });
    return;
  }

  if (req.method === "GET" && url.pathname === "/tickets") {
    const station = url.searchParams.get("station");
    return send(res, 200, board.since(station, Number(url.searchParams.get("since") ?? 0)));
  }

  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, 500, { error: String(err.message ?? err) }));
}).listen(port, "127.0.0.1", () => {
  console.log(`kitchen-pass on http://127.0.0.1:${port}`);
});
