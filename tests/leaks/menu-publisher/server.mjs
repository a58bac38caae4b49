import http from "node:http";
import { currentMenu, MenuError, publishDraft, saveDraft } from "./menus.mjs";
import { queueDepth, shipped } from "./outbox.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4500;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new MenuError(400, "invalid JSON");
  }
}

const DRAFTS = /^\/restaurants\/([\w-]+)\/drafts$/;
const PUBLISH = /^\/drafts\/([\w-]+)\/publish$/;
const MENU = /^\/restaurants\/([\w-]+)\/menu$/;

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://menus.local");
  try {
    if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "GET" && pathname === "/status") {
      return send(res, 200, { ...shipped, queued: queueDepth() });
    }
    let m;
    if (req.method === "POST" && (m = DRAFTS.exec(pathname))) {
      return send(res, 201, saveDraft(m[1], await readJson(req)));
    }
    if (req.method === "POST" && (m = PUBLISH.exec(pathname))) {
      return send(res, 200, publishDraft(m[1]));
    }
    if (req.method === "GET" && (m = MENU.exec(pathname))) return send(res, 200, currentMenu(m[1]));
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof MenuError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`menu publisher on 127.0.0.1:${port}`));
