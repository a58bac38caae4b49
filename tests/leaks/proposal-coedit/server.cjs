"use strict";

const http = require("node:http");
const { ConflictError, documents } = require("./documents.cjs");
const { openSession, sessions } = require("./sessions.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new HttpError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

function docOr404(id) {
  const doc = documents.get(id);
  if (!doc) throw new HttpError(404, `no document ${id}`);
  return doc;
}

function sessionOr404(id) {
  const session = sessions.get(id);
  if (!session) throw new HttpError(404, `no open session ${id}`);
  return session;
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const parts = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });

  // /docs/:id, /docs/:id/sessions, /docs/:id/ops
  if (parts[0] === "docs" && parts[1]) {
    const doc = docOr404(parts[1]);
    if (parts.length === 2 && req.method === "GET") {
      return send(res, 200, {
        id: doc.id,
        title: doc.title,
        version: doc.version,
        paragraphs: doc.paragraphs.slice(0, 40),
        editors: [...sessions.values()].filter((s) => s.doc === doc).map((s) => s.profile.name),
      });
    }
    if (parts[2] === "sessions" && req.method === "POST") {
      const body = await readJson(req);
      if (!body.session || !body.user) throw new HttpError(400, "session and user are required");
      const session = openSession(body.session, doc, body);
      return send(res, 201, { session: session.id, version: doc.version });
    }
    if (parts[2] === "ops" && req.method === "POST") {
      const body = await readJson(req);
      const session = sessionOr404(body.session);
      const applied = doc.apply({ ...body, author: session.user });
      return send(res, 201, { version: applied.version, paragraph: applied.paragraph });
    }
  }

  // /sessions/:id/pull, /sessions/:id/close
  if (parts[0] === "sessions" && parts[1]) {
    const session = sessionOr404(parts[1]);
    if (parts[2] === "pull" && req.method === "GET") return send(res, 200, session.pull());
    if (parts[2] === "close" && req.method === "POST") {
      session.close();
      return send(res, 200, { closed: session.id });
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof HttpError || err instanceof ConflictError ? err.status : 500;
    if (status === 500) console.error(err);
    send(res, status, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`proposal co-editing on :${port}`));
