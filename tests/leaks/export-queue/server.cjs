// Report export API: finance teams ask for CSV/JSON exports of their ledgers. Exports run
// through one Bottleneck limiter so at most two build at a time; clients poll the job's
// status by the id they chose.
const http = require("node:http");
const { exportSpec, exportId } = require("./validation.cjs");
const { exportLimiter, submitExport, exportStatus, queueCounts } = require("./exports.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > 32 * 1024) reject(Object.assign(new Error("body too large"), { status: 413 }));
      else chunks.push(c);
    });
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch {
        reject(Object.assign(new Error("invalid JSON"), { status: 400 }));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (req.method === "GET" && url.pathname === "/healthz") {
    return send(res, 200, { ok: true, queue: queueCounts() });
  }
  if (req.method === "POST" && url.pathname === "/exports") {
    const { value, error } = exportSpec.validate(await readJson(req), { abortEarly: false });
    if (error) return send(res, 400, { error: error.details.map((d) => d.message) });
    const id = exportId(value);
    const result = await submitExport(id, value);
    return send(res, 200, { id, ...result });
  }
  const m = /^\/exports\/([^/]+)$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    const status = exportStatus(decodeURIComponent(m[1]));
    return status ? send(res, 200, status) : send(res, 404, { error: "unknown export" });
  }
  if (req.method === "GET" && url.pathname === "/queue") {
    return send(res, 200, { counts: exportLimiter.counts(), done: queueCounts().DONE });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!res.headersSent) send(res, err.status ?? 500, { error: err.message });
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`export-queue on http://127.0.0.1:${port}`);
});
