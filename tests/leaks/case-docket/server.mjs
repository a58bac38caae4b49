import http from "node:http";
import { caseDocuments, clientMatters, docketEntry } from "./docket.mjs";
import { Case } from "./models.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

let served = 0;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const routes = [
  [/^\/cases\/([\w-]+)$/, docketEntry],
  [/^\/cases\/([\w-]+)\/documents$/, caseDocuments],
  [/^\/clients\/([\w-]+)\/matters$/, clientMatters],
];

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/stats") {
    const loads = Object.fromEntries(
      Object.values(Case.relations).map((r) => [r.name, r.loads]),
    );
    return send(res, 200, { served, relationLoads: loads });
  }
  if (req.method !== "GET") return send(res, 405, { error: "method" });
  for (const [pattern, handler] of routes) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    served++;
    const body = await handler(m[1]);
    return body ? send(res, 200, body) : send(res, 404, { error: "not found" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`case docket on :${port}`));
