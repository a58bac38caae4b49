import http from "node:http";
import { DraftError, editDraft, getDraft, openDraft, pages, publishDraft } from "./drafts.mjs";
import { PreviewLinks } from "./previews.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const previews = new PreviewLinks("https://cms.example.org");

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new DraftError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [a, b, c] = url.pathname.split("/").filter(Boolean);
  const user = req.headers["x-user"] ?? "anonymous";

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, previews.stats());

  if (a === "pages" && b && c === "drafts" && req.method === "POST") {
    const draft = openDraft(b, await readJson(req), user);
    return send(res, 201, { id: draft.id, page: draft.page, revision: draft.revision });
  }
  if (a === "pages" && b && !c && req.method === "GET") {
    const page = pages.get(b);
    if (!page) return send(res, 404, { error: "no such page" });
    return send(res, 200, { slug: page.slug, title: page.title, version: page.version });
  }
  if (a === "drafts" && b) {
    if (!c && req.method === "PATCH") {
      const draft = editDraft(b, await readJson(req));
      return send(res, 200, { id: draft.id, revision: draft.revision });
    }
    if (!c && req.method === "GET") {
      const draft = getDraft(b);
      return send(res, 200, { ...draft, preview: previews.current(draft.id) });
    }
    if (c === "preview-link" && req.method === "POST") {
      const { reviewer } = await readJson(req);
      if (!reviewer) throw new DraftError(400, "who is the link for?");
      return send(res, 201, previews.issue(getDraft(b), String(reviewer)));
    }
    if (c === "publish" && req.method === "POST") {
      const page = publishDraft(b, user);
      previews.revokeDraft(b);
      return send(res, 200, { page: page.slug, version: page.version });
    }
  }
  if (a === "preview" && b && req.method === "GET") {
    const grant = previews.open(b);
    if (!grant) return send(res, 410, "<h1>This preview link has expired</h1>", "text/html");
    const html = `<!doctype html><title>Preview: ${grant.title}</title>` +
      `<div class="preview-banner">Draft ${grant.draftId}, revision ${grant.revision}</div>` +
      grant.snapshot;
    return send(res, 200, html, "text/html; charset=utf-8");
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof DraftError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`drafts on :${port}`));
