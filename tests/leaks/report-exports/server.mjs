import http from "node:http";
import { ExportService } from "./exports.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const exportsService = new ExportService({ concurrency: 2 });

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const isDay = (s) => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s);

async function route(req, res, url) {
  if (url.pathname === "/exports" && req.method === "POST") {
    const body = await readJson(req);
    if (typeof body.account !== "string" || !isDay(body.from) || !isDay(body.to)) {
      return send(res, 400, { error: "account, from and to (YYYY-MM-DD) required" });
    }
    const reference = /^[\w-]{1,64}$/.test(body.reference ?? "") ? body.reference : undefined;
    const job = exportsService.request(body.account.slice(0, 32), body.from, body.to, reference);
    return send(res, 202, { id: job.id, status: job.status });
  }
  if (url.pathname === "/exports/stats") return send(res, 200, exportsService.stats());

  const m = /^\/exports\/([\w-]+)(\/download)?$/.exec(url.pathname);
  if (m && req.method === "GET") {
    if (m[2]) {
      const doc = exportsService.download(m[1]);
      return doc === undefined
        ? send(res, 409, { error: "not ready" })
        : send(res, 200, doc, "application/json; charset=utf-8");
    }
    const job = exportsService.get(m[1]);
    if (!job) return send(res, 404, { error: "no such export" });
    const { id, status, createdAt, finishedAt } = job;
    return send(res, 200, { id, status, createdAt, finishedAt });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((e) => send(res, 500, { error: String(e.message ?? e) }));
}).listen(port, "127.0.0.1", () => console.log(`report-exports on http://127.0.0.1:${port}`));
