import http from "node:http";
import { renderNewsletter, validateTemplate } from "./templates.mjs";
import { enqueue, outboxStatus } from "./outbox.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const drafts = new Map();
const TEST_LIST = [
  { email: "qa@northwind.example", name: "QA Team" },
  { email: "editor@northwind.example", name: "Dana" },
  { email: "legal@northwind.example", name: "Legal" },
];

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (req.method === "POST" && url.pathname === "/newsletters") {
    const body = await readJson(req);
    if (typeof body.id !== "string" || typeof body.template !== "string") {
      return send(res, 400, { error: "id and template required" });
    }
    const problem = validateTemplate(body.template);
    if (problem) return send(res, 422, { error: problem });
    const draft = {
      id: body.id,
      subject: String(body.subject ?? "(no subject)"),
      template: body.template,
      products: Array.isArray(body.products) ? body.products.slice(0, 12) : [],
      revision: (drafts.get(body.id)?.revision ?? 0) + 1,
    };
    drafts.set(draft.id, draft);
    return send(res, 201, { id: draft.id, revision: draft.revision });
  }

  const m = /^\/newsletters\/([\w-]{1,60})\/(preview|send)$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const draft = drafts.get(m[1]);
  if (!draft) return send(res, 404, { error: "no such draft" });

  if (m[2] === "preview" && req.method === "GET") {
    const subscriber = {
      email: "preview@northwind.example",
      name: url.searchParams.get("name") ?? "Reader",
    };
    return send(res, 200, renderNewsletter(draft, subscriber), "text/html; charset=utf-8");
  }
  if (m[2] === "send" && req.method === "POST") {
    const messages = TEST_LIST.map((s) => ({
      to: s.email,
      subject: draft.subject,
      html: renderNewsletter(draft, s),
    }));
    enqueue(draft.id, messages);
    drafts.delete(draft.id);
    return send(res, 202, { sent: messages.length, revision: draft.revision });
  }
  send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/outbox") return send(res, 200, outboxStatus());
  route(req, res, url).catch((e) => send(res, 500, { error: String(e.message ?? e) }));
}).listen(port, "127.0.0.1", () => console.log(`newsletter-studio on http://127.0.0.1:${port}`));
