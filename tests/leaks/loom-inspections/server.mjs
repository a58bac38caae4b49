import http from "node:http";
import { archiveStats } from "./archive.mjs";
import { grade, loomView, QcError, recordInspection, registerRoll } from "./rolls.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch (err) {
    throw new QcError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/archive") return send(res, 200, archiveStats());
  if (parts[0] === "rolls" && !parts[1] && req.method === "POST") {
    const roll = registerRoll(await readJson(req));
    return send(res, 201, { id: roll.id, loom: roll.loom });
  }
  if (parts[0] === "rolls" && parts[1] && parts[2] === "inspections" && req.method === "POST") {
    return send(res, 201, await recordInspection(parts[1], await readJson(req)));
  }
  if (parts[0] === "rolls" && parts[1] && parts[2] === "grade" && req.method === "POST") {
    return send(res, 200, grade(parts[1]));
  }
  if (parts[0] === "looms" && parts[1]) return send(res, 200, loomView(parts[1]));
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof QcError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`loom inspections on :${port}`));
