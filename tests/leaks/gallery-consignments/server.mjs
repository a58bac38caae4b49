import http from "node:http";
import { GalleryError, get, receive, recordSale, settle, stats, update } from "./consignments.mjs";

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
    throw new GalleryError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [resource, ref, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (resource !== "consignments") return send(res, 404, { error: "not found" });

  if (!ref && req.method === "POST") return send(res, 201, await receive(await readJson(req)));
  if (ref && !action && req.method === "GET") return send(res, 200, get(ref));
  if (ref && !action && req.method === "PATCH") {
    return send(res, 200, await update(ref, await readJson(req)));
  }
  if (ref && action === "sale" && req.method === "POST") {
    return send(res, 200, await recordSale(ref, await readJson(req)));
  }
  if (ref && action === "settlement" && req.method === "POST") {
    return send(res, 200, await settle(ref));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof GalleryError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`gallery consignments on :${port}`));
