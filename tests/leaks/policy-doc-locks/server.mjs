import http from "node:http";
import { editorFor } from "./editors.mjs";
import { createDraft, getDraft, publish, recent, save } from "./documents.mjs";
import { acquire, lockCount, LockError, release, renew } from "./locks.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new LockError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/published") {
    return send(res, 200, { recent: recent(), locks: lockCount() });
  }

  const name = req.headers["x-editor"];
  if (!name) return send(res, 401, { error: "sign in first" });
  const editor = editorFor(String(name));
  if (url.pathname === "/me") return send(res, 200, editor.summary());

  if (url.pathname === "/drafts" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 201, createDraft(body.id, body.title, editor.name));
  }
  if (parts[0] !== "drafts" || !parts[1]) return send(res, 404, { error: "not found" });
  const id = parts[1];
  const tab = String(req.headers["x-tab"] ?? "");

  if (parts.length === 2 && req.method === "GET") return send(res, 200, getDraft(id));
  if (parts.length === 2 && req.method === "PATCH") {
    return send(res, 200, save(id, tab, await readJson(req), editor));
  }
  if (parts[2] === "lock" && req.method === "POST") {
    const body = await readJson(req);
    const lock = body.renew ? renew(id, tab, editor) : acquire(id, editor, tab, body.reason);
    return send(res, 200, { docId: id, expiresAt: lock.expiresAt });
  }
  if (parts[2] === "unlock" && req.method === "POST") {
    return send(res, 200, release(id, tab, editor));
  }
  if (parts[2] === "publish" && req.method === "POST") return send(res, 200, publish(id, editor));
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof LockError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`policy editor on :${port}`));
