import http from "node:http";
import { LabError, labStats, receive, waitFor } from "./lab.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    throw new LabError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, labStats());
  if (url.pathname === "/rolls" && req.method === "POST") {
    return send(res, 202, receive(await readJson(req)));
  }
  if (parts[0] === "rolls" && parts[1] && parts[2] === "wait" && req.method === "GET") {
    const ms = Math.min(Number(url.searchParams.get("ms") ?? 250), 250);
    const outcome = await waitFor(parts[1], ms);
    if (outcome) return send(res, 200, outcome);
    res.writeHead(204);
    return res.end();
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof LabError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`film scans on :${port}`));
