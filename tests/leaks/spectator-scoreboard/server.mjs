import http from "node:http";
import { MatchFeed } from "./feed.mjs";
import { Gallery } from "./spectators.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const feed = new MatchFeed("final-2026", ["red", "blue"]);
const gallery = new Gallery(feed);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/featured") {
    return send(res, 200, { ...feed.board(), viewers: gallery.size });
  }
  if (url.pathname === "/featured/events" && req.method === "POST") {
    const ev = await readJson(req);
    if (!ev.kind) return send(res, 400, { error: "kind required" });
    return send(res, 202, { seq: feed.post(ev).seq });
  }
  const m = /^\/spectators\/([\w-]+)(?:\/(updates|leave))?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, action] = m;
  if (!action && req.method === "POST") {
    const { name, team } = await readJson(req);
    const viewer = gallery.join(id, name, team);
    return send(res, 201, { id: viewer.id, board: feed.board() });
  }
  if (action === "updates" && req.method === "GET") {
    const events = gallery.poll(id);
    return events ? send(res, 200, { events }) : send(res, 404, { error: "not watching" });
  }
  if (action === "leave" && req.method === "POST") {
    return send(res, 200, { left: gallery.leave(id) });
  }
  send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1");
