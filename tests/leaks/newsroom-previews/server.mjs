import http from "node:http";
import { PluginHost } from "./plugin-host.mjs";
import { bylines } from "./plugins/bylines.mjs";
import { embeds } from "./plugins/embeds.mjs";
import { draftPreview } from "./plugins/preview.mjs";
import { renderStory } from "./render.mjs";
import { drafts, NotFound, publish, published, saveDraft } from "./stories.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const host = new PluginHost();
host.use(embeds);
host.use(bylines);

const counters = { rendered: 0, previews: 0, published: 0 };

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [section, slug, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/plugins") return send(res, 200, { plugins: host.list(), counters });
  if (section !== "stories" || !slug) return send(res, 404, { error: "not found" });

  const editor = String(req.headers["x-editor"] ?? "desk");
  if (!action && req.method === "GET") {
    const story = published.get(slug);
    if (!story) return send(res, 404, { error: "not found" });
    counters.rendered++;
    return send(res, 200, await renderStory(host, story, { slug }), "text/html");
  }
  if (action === "draft" && req.method === "PATCH") {
    const draft = saveDraft(slug, await readJson(req), editor);
    return send(res, 200, { slug, revision: draft.revision, editedBy: draft.editedBy });
  }
  if (action === "preview" && req.method === "GET") {
    const draft = drafts.get(slug);
    if (!draft) return send(res, 404, { error: "no draft" });
    const plugin = draftPreview(draft, published.get(slug), editor);
    const id = host.use(plugin);
    try {
      counters.previews++;
      const html = await renderStory(host, draft, { slug, previewToken: plugin.token });
      return send(res, 200, html, "text/html");
    } finally {
      host.unuse(id);
    }
  }
  if (action === "publish" && req.method === "POST") {
    const story = publish(slug);
    counters.published++;
    return send(res, 200, { slug, revision: story.revision, publishedAt: story.publishedAt });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof NotFound) return send(res, 404, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "bad JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`newsroom previews on :${port}`));
