import { createServer } from "node:http";
import { autosave, createDraft, DraftError, publish, revision, stats } from "./drafts.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (!chunks.length) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new DraftError(400, "invalid JSON");
  }
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/stats") return send(res, 200, stats());
  if (pathname === "/drafts" && req.method === "POST") {
    const draft = createDraft(await readJson(req));
    return send(res, 201, { id: draft.id, rev: draft.rev });
  }
  const m = /^\/drafts\/([\w-]+)(?:\/(revisions\/(\d+)|publish))?$/.exec(pathname);
  if (m && !m[2] && req.method === "PATCH") {
    return send(res, 200, autosave(m[1], await readJson(req)));
  }
  if (m && m[3] && req.method === "GET") return send(res, 200, revision(m[1], Number(m[3])));
  if (m && m[2] === "publish" && req.method === "POST") return send(res, 200, publish(m[1]));
  return send(res, 404, { error: "not found" });
}

createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof DraftError ? err.status : 500;
    if (status === 500) console.error(err);
    send(res, status, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`wiki drafts on :${port}`));
