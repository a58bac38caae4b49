import http from "node:http";
import { close, edit, get, post, search, stats, VacancyError } from "./vacancies.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (!chunks.length) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new VacancyError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/search" && req.method === "GET") {
    const q = url.searchParams.get("q") ?? "";
    return send(res, 200, { q, results: search(q, url.searchParams.get("location")) });
  }
  if (url.pathname === "/vacancies" && req.method === "POST") {
    return send(res, 201, post(await readJson(req)));
  }
  if (parts[0] === "vacancies" && parts[1] && parts.length === 2) {
    if (req.method === "GET") return send(res, 200, get(parts[1]));
    if (req.method === "PATCH") return send(res, 200, edit(parts[1], await readJson(req)));
  }
  if (parts[0] === "vacancies" && parts[2] === "close" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, close(parts[1], body.reason));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof VacancyError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`vacancy search on :${port}`));
