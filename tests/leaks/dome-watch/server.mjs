import http from "node:http";
import * as L from "./layout.mjs";
import { changedSince, command, domeState, sequence, weather } from "./dome.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const MAX_WAIT_MS = 250;
const counters = { polls: 0, changed: 0, idle: 0, commands: 0 };

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

/** A long poll on one of the sequence words: the page passes what it has seen (or nothing). */
async function longPoll(res, url, index, read) {
  const since = url.searchParams.has("after")
    ? Number(url.searchParams.get("after"))
    : sequence(index);
  const wait = Math.min(MAX_WAIT_MS, Number(url.searchParams.get("wait") ?? MAX_WAIT_MS));
  counters.polls++;
  if (await changedSince(index, since, wait)) {
    counters.changed++;
    return send(res, 200, read());
  }
  counters.idle++;
  return send(res, 204);
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, counters);
  if (url.pathname === "/dome") return send(res, 200, domeState());
  if (url.pathname === "/dome/next") return longPoll(res, url, L.SEQ, domeState);
  if (url.pathname === "/weather") return send(res, 200, weather());
  if (url.pathname === "/weather/safety/next") return longPoll(res, url, L.SAFETY_SEQ, weather);
  if (url.pathname === "/dome/commands" && req.method === "POST") {
    const body = await readJson(req);
    if (!["open", "close", "slew", "park"].includes(body.action)) {
      return send(res, 400, { error: "unknown action" });
    }
    command(body.action, { azimuth: Number(body.azimuth ?? 0) });
    counters.commands++;
    return send(res, 202, { queued: body.action });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`dome watch on :${port}`));
