import http from "node:http";
import { CommentError, openThread, reply, resolve, threadsFor } from "./comments.mjs";
import { inboxOf, markRead } from "./inbox.mjs";

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
    throw new CommentError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  const member = String(req.headers["x-member"] ?? "guest");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  // /songs/:song/threads
  if (parts[0] === "songs" && parts[2] === "threads") {
    if (req.method === "POST") {
      return send(res, 201, openThread(parts[1], await readJson(req), member));
    }
    return send(res, 200, threadsFor(parts[1]));
  }
  if (parts[0] === "threads" && parts[2] === "replies" && req.method === "POST") {
    return send(res, 201, reply(parts[1], member, (await readJson(req)).text));
  }
  if (parts[0] === "threads" && parts[2] === "resolve" && req.method === "POST") {
    return send(res, 200, resolve(parts[1], member));
  }
  // GET /inbox (x-member), PATCH /inbox to mark everything read
  if (url.pathname === "/inbox") {
    if (req.method === "PATCH") markRead(member);
    return send(res, 200, inboxOf(member));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof CommentError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`songbook comments on :${port}`));
