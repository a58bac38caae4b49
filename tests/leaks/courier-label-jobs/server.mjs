import http from "node:http";
import { history, ops, status, submit } from "./jobs.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, code, body) {
  res.writeHead(code, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw Object.assign(new Error("bad JSON"), { status: 400 });
  }
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const parts = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/ops") return send(res, 200, ops());
  if (pathname === "/labels" && req.method === "POST") {
    return send(res, 202, submit(await readJson(req)));
  }
  if (parts[0] === "labels" && parts[1] && parts[2] === "attempts") {
    return send(res, 200, history(parts[1]));
  }
  if (parts[0] === "labels" && parts[1]) {
    const s = status(parts[1]);
    return s ? send(res, 200, s) : send(res, 404, { error: "unknown label job" });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`label jobs on :${port}`));
