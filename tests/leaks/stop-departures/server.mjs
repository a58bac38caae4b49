import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { DepartureBoard, departuresAt } from "./board.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const board = new DepartureBoard();
const TIMED_OUT = Symbol("timed out");
const MAX_WAIT_MS = 25_000;
const timeFormat = new Intl.DateTimeFormat("nl-NL", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

function send(res, status, body) {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function present(departure) {
  return {
    ...departure,
    dueAt: timeFormat.format(new Date(departure.due)),
    delayMin: Math.round(departure.delaySec / 60),
  };
}

/**
 * Long poll: answers at once when the stop has a departure newer than `after`, else waits for
 * the next one the feed publishes for it, up to `waitMs` (then 204 and the app polls again).
 */
async function nextDeparture(stop, after, waitMs) {
  const known = board.latest(stop);
  if (known && known.seq > after) return known;

  const updates = departuresAt(board, stop);
  const first = await Promise.race([updates.next(), sleep(waitMs, TIMED_OUT)]);
  if (first === TIMED_OUT) return undefined;
  await updates.return();
  return first.value;
}

async function route(req, res) {
  const url = new URL(req.url, "http://departures.local");
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (req.method === "POST" && url.pathname === "/feed") {
    const body = await readJson(req);
    if (!body.stop || !body.line) return send(res, 400, { error: "stop and line required" });
    const entry = board.publish({
      stop: String(body.stop),
      line: String(body.line),
      destination: String(body.destination ?? ""),
      platform: String(body.platform ?? "-"),
      due: Date.parse(body.due ?? "") || Date.now() + 5 * 60_000,
      delaySec: Number(body.delaySec) || 0,
    });
    return send(res, 202, { seq: entry.seq });
  }

  const poll = /^\/stops\/([\w-]+)\/next$/.exec(url.pathname);
  if (req.method === "GET" && poll) {
    const after = Number(url.searchParams.get("after") ?? 0);
    const waitMs = Math.min(Number(url.searchParams.get("waitMs") ?? 20_000), MAX_WAIT_MS);
    const departure = await nextDeparture(poll[1], after, waitMs);
    return departure ? send(res, 200, present(departure)) : send(res, 204);
  }

  if (req.method === "GET" && url.pathname === "/board/stats") return send(res, 200, board.stats);
  send(res, 404, { error: "not found" });
}

http
  .createServer((req, res) => {
    route(req, res).catch((error) => send(res, 400, { error: error.message }));
  })
  .listen(port, "127.0.0.1", () => console.log(`stop-departures on http://127.0.0.1:${port}`));
