import http from "node:http";
import { download, jobs, queueStats, submit } from "./exports.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const KINDS = new Set(["invoices", "payouts", "refunds"]);

function send(res, status, body, type = "application/json") {
  const text = type === "application/json" ? JSON.stringify(body) : body;
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/stats") return send(res, 200, queueStats());

    if (req.method === "POST" && url.pathname === "/exports") {
      const body = await readJson(req);
      if (!body || !/^[\w-]{3,40}$/.test(body.requestId ?? "")) {
        return send(res, 400, { error: "requestId required" });
      }
      if (!KINDS.has(body.kind)) return send(res, 400, { error: "unknown export kind" });
      if (jobs.has(body.requestId)) return send(res, 200, jobs.get(body.requestId));
      const job = submit(body.requestId, String(body.tenant ?? "default"), body.kind, {
        from: body.from ?? "2024-01-01",
        to: body.to ?? "2024-01-14",
      });
      return send(res, 202, job);
    }

    const m = /^\/exports\/([\w-]+)(\/download)?$/.exec(url.pathname);
    if (req.method === "GET" && m) {
      if (!m[2]) {
        const job = jobs.get(m[1]);
        return job ? send(res, 200, job) : send(res, 404, { error: "no such export" });
      }
      const job = await download(m[1]);
      if (!job) return send(res, 404, { error: "no such export" });
      if (job.state !== "done") return send(res, 409, { error: job.error ?? "export failed" });
      res.setHeader("content-disposition", `attachment; filename="${job.kind}-${job.id}.csv"`);
      return send(res, 200, job.csv, "text/csv");
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 500, { error: err.message });
  }
}).listen(port, "127.0.0.1", () => console.log(`exports on :${port}`));
