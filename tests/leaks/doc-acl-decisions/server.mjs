import http from "node:http";
import { createAuthorizer, POLICY } from "./authz.mjs";
import { documents, memberships, principalFor } from "./store.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const authorize = createAuthorizer(POLICY, memberships);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let data = "";
  for await (const chunk of req) data += chunk;
  try {
    return data ? JSON.parse(data) : {};
  } catch {
    return {};
  }
}

function pick(doc, fields) {
  if (!fields) return doc;
  return Object.fromEntries(fields.split(",").filter((f) => f in doc).map((f) => [f, doc[f]]));
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  const principal = principalFor(req.headers.authorization);
  if (!principal) return send(res, 401, { error: "unauthenticated" });

  const m = /^\/projects\/([\w-]+)\/documents\/([\w-]+)(\/export)?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, projectId, docId, exportPath] = m;
  const doc = documents.get(docId);
  if (!doc || doc.project !== projectId) return send(res, 404, { error: "no such document" });

  const action = exportPath ? "export" : req.method === "PATCH" ? "update" : "read";
  const decision = authorize(principal, req, action, projectId);
  if (!decision.allowed) return send(res, 403, { error: "forbidden", reason: decision.reason });

  if (action === "export") {
    const format = url.searchParams.get("format") ?? "md";
    return send(res, 200, {
      format,
      filename: `${doc.id}.${format}`,
      content: `# ${doc.title}\n\n${doc.body}`,
    });
  }
  if (action === "update") {
    const patch = await readJson(req);
    if (typeof patch.title === "string") doc.title = patch.title.slice(0, 120);
    if (typeof patch.body === "string") doc.body = patch.body.slice(0, 4000);
    doc.revision += 1;
    doc.updatedBy = principal.userId;
    doc.updatedAt = new Date().toISOString();
    return send(res, 200, { id: doc.id, revision: doc.revision });
  }
  return send(res, 200, pick(doc, url.searchParams.get("fields")));
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, 500, { error: String(err) }));
}).listen(port, "127.0.0.1");
