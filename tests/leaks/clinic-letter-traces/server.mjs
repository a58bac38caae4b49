import http from "node:http";
import { tracer } from "./telemetry.mjs";
import { LetterError, letterStats, letterStatus, queueLetter } from "./letters.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    throw new LetterError(400, "body is not JSON");
  }
}

async function route(req, res, url, span) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/letters" && req.method === "POST") {
    const input = await readJson(req);
    span.setAttribute("letter.id", input.id);
    return send(res, 202, queueLetter(input, span));
  }
  if (parts[0] === "letters" && parts.length === 2 && req.method === "GET") {
    const status = letterStatus(parts[1]);
    return status ? send(res, 200, status) : send(res, 404, { error: "no such letter" });
  }
  if (url.pathname === "/debug/traces") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 5), 20);
    return send(res, 200, { stats: letterStats(), traces: tracer.recent(limit) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const span = tracer.startRequestSpan(`${req.method} ${url.pathname.split("/")[1] ?? ""}`, {
    "http.method": req.method,
    "http.target": url.pathname,
  });
  tracer.run(span, () => route(req, res, url, span))
    .catch((err) => {
      span.status = "error";
      send(res, err instanceof LetterError ? err.status : 500, { error: err.message });
    })
    .finally(() => {
      span.setAttribute("http.status_code", res.statusCode);
      tracer.endSpan(span);
    });
}).listen(port, "127.0.0.1", () => console.log(`clinic letters on :${port}`));
