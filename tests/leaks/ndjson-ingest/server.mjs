import http from "node:http";
import { ingest, recentRejects, siteSummary } from "./pipeline.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return json(res, 200, { ok: true });
    let m = /^\/ingest\/([a-z0-9-]+)$/.exec(url.pathname);
    if (m && req.method === "POST") {
      if (!String(req.headers["content-type"]).startsWith("application/x-ndjson")) {
        return json(res, 415, { error: "send application/x-ndjson" });
      }
      return json(res, 202, await ingest(m[1], req));
    }
    m = /^\/sites\/([a-z0-9-]+)\/summary$/.exec(url.pathname);
    if (m && req.method === "GET") {
      const summary = siteSummary(m[1]);
      return summary ? json(res, 200, summary) : json(res, 404, { error: "no data for site" });
    }
    if (url.pathname === "/rejects") return json(res, 200, recentRejects());
    json(res, 404, { error: "not found" });
  } catch (err) {
    json(res, 400, { error: String(err.message ?? err) });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`ndjson-ingest on http://127.0.0.1:${port}`));
