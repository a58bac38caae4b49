import http from "node:http";
import {
  byCrate,
  conditionReport,
  find,
  LoanError,
  overview,
  receive,
  recrate,
  returnLoan,
} from "./loans.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

const LOAN = /^\/loans\/(LN-[\w-]+)(?:\/(recrate|condition-report|return))?$/;
const CRATE = /^\/crates\/([\w-]+)$/;

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/registrar") return [200, overview()];
  if (req.method === "POST" && url.pathname === "/loans") {
    return [201, receive(await readJson(req))];
  }
  const crate = CRATE.exec(url.pathname);
  if (req.method === "GET" && crate) {
    const loan = byCrate(crate[1]);
    return loan ? [200, loan] : [404, { error: "unknown crate" }];
  }
  const m = LOAN.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const [, id, action] = m;
  if (!action) return req.method === "GET" ? [200, find(id)] : [405, { error: "GET only" }];
  if (req.method !== "POST") return [405, { error: "POST only" }];
  const body = await readJson(req);
  if (action === "recrate") return [200, recrate(id, body.crate)];
  if (action === "condition-report") return [201, conditionReport(id, body)];
  return [200, returnLoan(id)];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    if (err instanceof LoanError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`exhibit loans on 127.0.0.1:${port}`));
