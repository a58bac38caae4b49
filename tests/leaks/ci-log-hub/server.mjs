import http from "node:http";
import {
  appendLines,
  BuildError,
  finishBuild,
  getBuild,
  readLog,
  startBuild,
  summary,
} from "./builds.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new BuildError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, summary());

  if (url.pathname === "/builds" && req.method === "POST") {
    const build = startBuild(await readJson(req));
    return send(res, 201, { id: build.id, status: build.status });
  }
  if (parts[0] !== "builds" || !parts[1]) return send(res, 404, { error: "not found" });
  const id = parts[1];

  if (parts.length === 2 && req.method === "GET") {
    const b = getBuild(id);
    return send(res, 200, {
      id: b.id,
      pipeline: b.pipeline,
      commit: b.commit,
      status: b.status,
      lines: b.lines.length,
    });
  }
  if (parts.length === 2 && req.method === "PATCH") {
    const { status } = await readJson(req);
    if (!["passed", "failed", "cancelled"].includes(status)) {
      throw new BuildError(400, "status must be passed, failed or cancelled");
    }
    const b = finishBuild(id, status);
    return send(res, 200, { id: b.id, status: b.status });
  }
  // runner → POST /builds/:id/log, viewer → GET /builds/:id/log?cursor=N&wait=ms
  if (parts[2] === "log" && req.method === "POST") {
    const { lines } = await readJson(req);
    if (!Array.isArray(lines)) throw new BuildError(400, "lines must be an array");
    return send(res, 202, { next: appendLines(id, lines) });
  }
  if (parts[2] === "log" && req.method === "GET") {
    const cursor = Number(url.searchParams.get("cursor") ?? 0);
    const wait = Number(url.searchParams.get("wait") ?? 0);
    return send(res, 200, await readLog(id, cursor, wait));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof BuildError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`build log hub on :${port}`));
