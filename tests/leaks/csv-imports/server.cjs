const http = require("node:http");
const { JobRunner } = require("./runner.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const runner = new JobRunner();

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, runner.stats());

  if (url.pathname === "/imports" && req.method === "POST") {
    const tenant = req.headers["x-tenant"];
    if (!tenant) return send(res, 400, { error: "x-tenant header required" });
    const csv = await readBody(req);
    if (!csv.includes("\n")) return send(res, 400, { error: "empty CSV" });
    const job = runner.start(tenant, url.searchParams.get("source") ?? "upload", csv);
    return send(res, 202, { id: job.id, state: job.state, status: `/imports/${job.id}` });
  }

  const m = /^\/imports\/(imp-\d+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const job = runner.get(m[1]);
    if (!job) return send(res, 404, { error: "no such import" });
    const { log, ...summary } = job;
    return send(res, 200, { ...summary, log: log.slice(-20) });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`csv-imports on 127.0.0.1:${port}`));
