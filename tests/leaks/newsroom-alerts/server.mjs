import http from "node:http";
import { AlertError, cancelAlert, createAlert, getAlert, pendingEmbargoes } from "./alerts.mjs";
import { lookupStats } from "./articles.mjs";
import { channelStats, resume } from "./channels.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4640;

// Alerts sent per editor today (the desk's fixed roster).
const perEditor = new Map(["m.jansen", "r.dekker", "a.bakker", "desk"].map((e) => [e, 0]));

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new AlertError(400, "body must be JSON");
  }
}

const view = (a) => ({
  id: a.id,
  headline: a.headline,
  status: a.status,
  url: a.meta.url,
  section: a.meta.section,
  releasedAt: a.releasedAt,
});

async function route(req, res, url) {
  if (url.pathname === "/alerts" && req.method === "POST") {
    const alert = await createAlert(await readJson(req));
    if (perEditor.has(alert.editor)) perEditor.set(alert.editor, perEditor.get(alert.editor) + 1);
    return send(res, 201, view(alert));
  }
  const cancel = /^\/alerts\/([\w-]+)\/cancel$/.exec(url.pathname);
  if (cancel && req.method === "POST") return send(res, 200, view(cancelAlert(cancel[1])));
  const one = /^\/alerts\/([\w-]+)$/.exec(url.pathname);
  if (one && req.method === "GET") return send(res, 200, view(getAlert(one[1])));

  if (url.pathname === "/channels" && req.method === "GET") {
    return send(res, 200, {
      channels: channelStats(),
      embargoed: pendingEmbargoes(),
      cms: lookupStats,
      perEditor: Object.fromEntries(perEditor),
    });
  }
  const resumeRoute = /^\/channels\/([\w-]+)\/resume$/.exec(url.pathname);
  if (resumeRoute && req.method === "POST") {
    const ch = resume(resumeRoute[1]);
    return ch
      ? send(res, 200, { id: ch.id, status: ch.status })
      : send(res, 404, { error: "no channel" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof AlertError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`newsroom-alerts on http://127.0.0.1:${port}`));
