import http from "node:http";
import { ExportJob } from "./exports.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** The latest jobs by id, for polling and download; the oldest go past KEEP. */
const jobs = new Map();
const KEEP = 20;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function remember(job) {
  jobs.set(job.id, job);
  for (const id of jobs.keys()) {
    if (jobs.size <= KEEP) break;
    jobs.delete(id);
  }
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://exports.local");
  if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });

  if (req.method === "POST" && pathname === "/exports") {
    const body = await readJson(req);
    if (!body.id) return send(res, 400, { error: "id required" });
    const job = new ExportJob(String(body.id), {
      account: body.account ?? "",
      from: body.from ?? "2026-01-01",
      to: body.to ?? "2026-12-31",
    }, req.headers["x-user"] ?? "anonymous");
    remember(job);
    job.run();
    return send(res, 202, job.summary());
  }

  const m = /^\/exports\/([\w-]+)(\.csv)?$/.exec(pathname);
  if (req.method === "GET" && m) {
    const job = jobs.get(m[1]);
    if (!job) return send(res, 404, { error: `no export ${m[1]}` });
    if (!m[2]) return send(res, 200, job.summary());
    if (job.status !== "done") return send(res, 409, { error: `export is ${job.status}` });
    return send(res, 200, job.csv, "text/csv");
  }

  if (req.method === "GET" && pathname === "/exports") {
    return send(res, 200, [...jobs.values()].map((j) => j.summary()));
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((error) => send(res, 400, { error: error.message }));
});
server.listen(port, "127.0.0.1", () => console.log(`export-desk on http://127.0.0.1:${port}`));

// A deploy stops the pod with SIGTERM: running jobs checkpoint (their own listeners), then exit.
process.on("SIGTERM", () => {
  server.close();
  setImmediate(() => process.exit(0));
});
