import { createServer } from "node:http";
import { DocError, docs } from "./doc.mjs";
import { pollChanges } from "./feed.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new DocError(400, "invalid JSON");
  }
}

function docOr404(id) {
  const doc = docs.get(id);
  if (!doc) throw new DocError(404, `no document ${id}`);
  return doc;
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const m = /^\/docs\/([\w-]+)(?:\/(ops|archive))?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const doc = docOr404(m[1]);

  if (!m[2] && req.method === "GET") {
    return send(res, 200, { id: doc.id, version: doc.version, text: doc.text });
  }
  if (m[2] === "ops" && req.method === "POST") {
    const entry = doc.apply(await readJson(req));
    return send(res, 201, { v: entry.v });
  }
  if (m[2] === "ops" && req.method === "GET") {
    const since = Number(url.searchParams.get("since") ?? doc.version);
    return send(res, 200, await pollChanges(doc, since));
  }
  if (m[2] === "archive" && req.method === "POST") {
    doc.archive();
    docs.delete(doc.id);
    return send(res, 200, { archived: doc.id });
  }
  return send(res, 405, { error: "method not allowed" });
}

createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof DocError ? err.status : 500;
    if (status === 500) console.error(err);
    send(res, status, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`shared docs on :${port}`));
