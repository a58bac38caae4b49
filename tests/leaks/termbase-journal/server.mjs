import http from "node:http";
import { addComment, getConcept, search, stats, TermError, updateTerm } from "./termbase.mjs";

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
    throw new TermError(400, `bad JSON: ${err.message}`);
  }
}

function userOf(req) {
  return String(req.headers["x-linguist"] ?? "anonymous");
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/search") {
    const q = url.searchParams.get("q") ?? "";
    return send(res, 200, search(q, url.searchParams.get("lang") ?? "en"));
  }
  if (parts[0] === "concepts" && parts[1] && parts.length === 2) {
    return send(res, 200, getConcept(parts[1]));
  }
  // PATCH /concepts/:id/terms/:lang
  if (parts[0] === "concepts" && parts[2] === "terms" && parts[3] && req.method === "PATCH") {
    const result = await updateTerm(parts[1], parts[3], await readJson(req), userOf(req));
    return send(res, 200, result);
  }
  // POST /concepts/:id/comments
  if (parts[0] === "concepts" && parts[2] === "comments" && req.method === "POST") {
    const result = await addComment(parts[1], await readJson(req), userOf(req));
    return send(res, 201, result);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof TermError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`termbase on :${port}`));
