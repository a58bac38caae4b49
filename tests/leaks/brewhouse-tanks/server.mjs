import http from "node:http";
import { BrewError } from "./batches.mjs";
import { batchOf, brew, cellarView, packageBatch } from "./brewhouse.mjs";
import { loops } from "./loops.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

const BATCH = /^\/batches\/([\w-]+)(?:\/(readings|transfer|package))?$/;
const LOOP = /^\/loops\/(fermentation|coldRoom)\/status$/;

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/cellar") {
    const glycol = Object.fromEntries(
      Object.entries(loops).map(([k, l]) => [k, { ...l.status, watching: l.watching }]),
    );
    return send(res, 200, { ...cellarView(), glycol });
  }
  if (req.method === "POST" && url.pathname === "/batches") {
    return send(res, 201, brew(await readJson(req)));
  }
  const loop = LOOP.exec(url.pathname);
  if (req.method === "POST" && loop) {
    loops[loop[1]].report(await readJson(req));
    return send(res, 202, { ok: true });
  }
  const m = BATCH.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, action] = m;
  if (req.method === "GET" && !action) return send(res, 200, batchOf(id).summary());
  if (req.method === "POST" && action === "readings") {
    return send(res, 201, batchOf(id).record(await readJson(req)));
  }
  if (req.method === "POST" && action === "transfer") {
    return send(res, 200, batchOf(id).transfer().summary());
  }
  if (req.method === "POST" && action === "package") {
    const { format } = await readJson(req);
    return send(res, 200, packageBatch(id, format ?? "keg"));
  }
  return send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  route(req, res, new URL(req.url, "http://localhost")).catch((err) => {
    if (err instanceof BrewError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`brewhouse on 127.0.0.1:${port}`));
