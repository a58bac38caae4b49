import http from "node:http";
import { archiveList, createList, editList, getList, ListError, stats } from "./lists.mjs";

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
    throw new ListError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/lists" && req.method === "POST") {
    return send(res, 201, await createList(await readJson(req)));
  }
  if (parts[0] === "lists" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return send(res, 200, getList(parts[1]));
    if (parts.length === 2 && req.method === "PATCH") {
      return send(res, 200, await editList(parts[1], await readJson(req)));
    }
    if (parts[2] === "archive" && req.method === "POST") {
      return send(res, 200, await archiveList(parts[1]));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof ListError)) console.error(err);
    send(res, err instanceof ListError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`shopping lists on :${port}`));
