import http from "node:http";
import { startCoreBanking } from "./core-banking.mjs";
import { balance, buildStatement, configureCore } from "./statements.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return json(res, 200, { ok: true });
  let m = /^\/accounts\/([A-Z0-9]{15,34})\/statement$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const { status, body } = await buildStatement(
      m[1],
      url.searchParams.get("from"),
      url.searchParams.get("days"),
    );
    return json(res, status, body);
  }
  m = /^\/accounts\/([A-Z0-9]{15,34})\/balance$/.exec(url.pathname);
  if (m && req.method === "GET") return json(res, 200, await balance(m[1]));
  json(res, 404, { error: "not found" });
}

configureCore(await startCoreBanking());

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err.response?.status === 404 ? 404 : 502;
    json(res, status, { error: status === 404 ? "no such account" : "core banking unavailable" });
  });
}).listen(port, "127.0.0.1", () => console.log(`bank-statements on http://127.0.0.1:${port}`));
