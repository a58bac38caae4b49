import http from "node:http";
import { draftStores, openDraft, recentAutosaves, saveStats, view } from "./drafts.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const BLOCK_KINDS = new Set(["starter", "explain", "activity", "plenary", "homework"]);
const published = [];

function send(res, status, data) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(data));
}

function readJson(req) {
  return new Promise((resolve) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        resolve({});
      }
    });
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/autosaves") {
    return send(res, 200, { ...saveStats, open: draftStores.size, recent: recentAutosaves() });
  }

  // PATCH /drafts/:id {title?, subject?, block?: {kind, text, minutes}}
  if (parts[0] === "drafts" && parts.length === 2 && req.method === "PATCH") {
    const body = await readJson(req);
    const owner = req.headers["x-teacher"] ?? "unknown";
    const store = openDraft(parts[1], owner);
    const actions = store.getState();
    if (actions.published) return send(res, 409, { error: "draft already published" });
    if (typeof body.title === "string") actions.setTitle(body.title.slice(0, 120));
    if (typeof body.subject === "string") actions.setSubject(body.subject.toLowerCase());
    if (body.block && BLOCK_KINDS.has(body.block.kind)) {
      actions.addBlock(
        body.block.kind,
        String(body.block.text ?? ""),
        Number(body.block.minutes) || 5,
      );
    }
    return send(res, 200, view(store.getState()));
  }

  if (parts[0] === "drafts" && parts[2] === "publish" && req.method === "POST") {
    const store = draftStores.get(parts[1]);
    if (!store) return send(res, 404, { error: "no such draft" });
    const state = store.getState();
    if (state.blocks.length === 0) {
      return send(res, 422, { error: "a lesson needs at least one block" });
    }
    state.publish();
    published.push({ draftId: state.draftId, title: state.title, at: Date.now() });
    if (published.length > 25) published.shift();
    return send(res, 201, view(store.getState()));
  }

  if (parts[0] === "drafts" && parts.length === 2 && req.method === "GET") {
    const store = draftStores.get(parts[1]);
    return store
      ? send(res, 200, view(store.getState()))
      : send(res, 404, { error: "no such draft" });
  }

  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1");
