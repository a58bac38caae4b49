"use strict";
const http = require("node:http");
const crypto = require("node:crypto");
const { decide, setRole, recordDenial, denials, decisionCache } = require("./policy.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const sha256 = (text) => crypto.createHash("sha256").update(text).digest("hex");
const apiTokens = new Map([
  [sha256("wst_ana_62f0b1c8d4e97a35"), "u-ana"],
  [sha256("wst_ben_d07a4e91c3b52f68"), "u-ben"],
  [sha256("wst_cas_1b9e5c27f4a08d63"), "u-cas"],
]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString() || "{}"));
      } catch {
        resolve({});
      }
    });
  });
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const auth = req.headers.authorization ?? "";
  const userId = auth.startsWith("Bearer ") ? apiTokens.get(sha256(auth.slice(7))) : undefined;
  if (!userId) return send(res, 401, { error: "unauthenticated" });

  const file = /^\/workspaces\/([\w-]+)\/files\/([\w-]+)(\/share)?$/.exec(url.pathname);
  if (file) {
    const [, workspace, fileId, share] = file;
    const action = share ? "share" : req.method === "GET" ? "read" : "write";
    const decision = decide(workspace, userId, action, fileId);
    if (!decision.allowed) {
      recordDenial({ at: Date.now(), userId, workspace, fileId, action, role: decision.role });
      return send(res, 403, { error: "forbidden", action, role: decision.role });
    }
    if (action === "share") {
      const body = await readJson(req);
      return send(res, 200, { fileId, sharedWith: String(body.with ?? ""), link: `/s/${fileId}` });
    }
    return send(res, 200, { fileId, workspace, name: `${fileId}.pdf`, size: fileId.length * 1024 });
  }
  const member = /^\/workspaces\/([\w-]+)\/members\/([\w-]+)$/.exec(url.pathname);
  if (member && req.method === "PATCH") {
    if (decide(member[1], userId, "share", "*").role !== "admin") {
      return send(res, 403, { error: "admins only" });
    }
    const body = await readJson(req);
    return setRole(member[1], member[2], body.role)
      ? send(res, 200, { user: member[2], role: body.role })
      : send(res, 400, { error: "unknown role" });
  }
  if (url.pathname === "/admin/denials") {
    const n = Math.min(Number(url.searchParams.get("n") ?? 10), 100);
    return send(res, 200, { cached: decisionCache.map.size, denials: denials.slice(-n) });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, 500, { error: String(err) }));
}).listen(port, "127.0.0.1");
