import http from "node:http";
import { addParcel, closeRun, ManifestError, recentRuns } from "./manifests.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4534;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    throw new ManifestError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  const parcels = /^\/runs\/([\w-]+)\/parcels$/.exec(url.pathname);
  if (parcels && req.method === "POST") {
    return send(res, 201, await addParcel(parcels[1], await readJson(req)));
  }
  const close = /^\/runs\/([\w-]+)\/close$/.exec(url.pathname);
  if (close && req.method === "POST") return send(res, 200, closeRun(close[1]));
  if (url.pathname === "/runs/recent" && req.method === "GET") {
    return send(res, 200, recentRuns(Number(url.searchParams.get("n") || 10)));
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof ManifestError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`courier-manifests on 127.0.0.1:${port}`));
