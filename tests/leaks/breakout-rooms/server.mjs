import http from "node:http";
import { broadcast, closeRoom, createRoom, getRoom, HttpError, sessionView } from "./sessions.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "invalid JSON");
  }
}

async function handle(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  const parts = pathname.split("/").filter(Boolean);

  if (parts[0] === "sessions" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return send(res, 200, sessionView(parts[1]));
    if (parts[2] === "breakouts" && req.method === "POST") {
      const room = createRoom(parts[1], await readJson(req));
      return send(res, 201, { id: room.id, endsAt: new Date(room.endsAt).toISOString() });
    }
    if (parts[2] === "broadcast" && req.method === "POST") {
      return send(res, 200, broadcast(parts[1], await readJson(req)));
    }
  }
  if (parts[0] === "breakouts" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return send(res, 200, getRoom(parts[1]));
    if (parts[2] === "notes" && req.method === "POST") {
      const { author, text } = await readJson(req);
      return send(res, 201, getRoom(parts[1]).addNote(author, text));
    }
    if (parts[2] === "close" && req.method === "POST") {
      return send(res, 200, closeRoom(parts[1]));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (!err.status) console.error(err);
    send(res, err.status ?? 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`breakout rooms on :${port}`));
