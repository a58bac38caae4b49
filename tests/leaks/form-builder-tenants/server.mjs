import http from "node:http";
import {
  createWorkspace,
  deleteWorkspace,
  HttpError,
  opsView,
  renderForm,
  saveForm,
  submit,
} from "./workspaces.mjs";
import { bucketCount } from "./limits.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (!chunks.length) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [a, ws, b, slug, c] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/ops") return send(res, 200, { ...opsView(), buckets: bucketCount() });
  if (url.pathname === "/workspaces" && req.method === "POST") {
    return send(res, 201, createWorkspace(await readJson(req)));
  }
  if (a === "workspaces" && ws) {
    if (b === "delete" && req.method === "POST") return send(res, 200, deleteWorkspace(ws));
    if (b === "forms" && !slug && req.method === "POST") {
      return send(res, 201, saveForm(ws, await readJson(req)));
    }
    if (b === "forms" && slug && c === "submissions" && req.method === "POST") {
      return send(res, 201, submit(ws, slug, await readJson(req)));
    }
    if (b === "forms" && slug) return send(res, 200, renderForm(ws, slug), "text/html");
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HttpError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`form builder on :${port}`));
