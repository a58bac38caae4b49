import http from "node:http";
import { getRun, ReportError, requestRun, summary, waitFor } from "./reports.mjs";

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
    throw new ReportError(400, `bad JSON: ${err.message}`);
  }
}

const describe = ({ output, ...run }) => ({ ...run, rows: output?.rows ?? null });

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/reports") return send(res, 200, summary());
  if (parts[0] !== "reports" || !parts[1]) return send(res, 404, { error: "not found" });
  const id = parts[1];
  if (parts.length === 2 && req.method === "POST") {
    const run = requestRun(id, await readJson(req));
    return send(res, run.status === "done" ? 201 : 202, describe(run));
  }
  if (parts.length === 2) return send(res, 200, describe(getRun(id)));
  if (parts[2] === "wait") return send(res, 200, describe(await waitFor(id)));
  if (parts[2] === "download") {
    const run = getRun(id);
    if (run.status !== "done") return send(res, 409, { error: "still running" });
    res.writeHead(200, {
      "content-type": "text/csv",
      "content-disposition": `attachment; filename="${run.entity}-${run.period}-${run.type}.csv"`,
    });
    return res.end(run.output.body);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ReportError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`month-end reports on :${port}`));
