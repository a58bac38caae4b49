import { createServer } from "node:http";
import { CalloutError, complete, dispatch, graph, raiseCallout, recent } from "./callouts.mjs";
import { fleetStatus } from "./fleet.mjs";

const port = Number(process.argv.find((a) => a.startsWith("--port="))?.slice(7) ?? 3000);

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function body(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function handle(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const [head, ref, action] = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return json(res, 200, { ok: true });
  if (pathname === "/fleet") return json(res, 200, fleetStatus());
  if (pathname === "/board") {
    return json(res, 200, {
      pending: { north: graph.waitingOn("barn:north"), south: graph.waitingOn("barn:south") },
      recent: recent(),
    });
  }
  if (pathname === "/callouts" && req.method === "POST") {
    return json(res, 201, raiseCallout(await body(req)));
  }
  if (head === "callouts" && ref && req.method === "POST") {
    if (action === "dispatch") return json(res, 200, dispatch(ref));
    if (action === "complete") return json(res, 200, complete(ref, await body(req)));
  }
  json(res, 404, { error: "not found" });
}

createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (err instanceof CalloutError) return json(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(res, 400, { error: "invalid JSON" });
    console.error(err);
    json(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`winter service on ${port}`));
