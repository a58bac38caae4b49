import http from "node:http";
import { findAccount, recordRead } from "./accounts.mjs";
import { lastRuns, runBilling } from "./billing-run.mjs";
import { computeBill } from "./tariff.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const currentPeriod = () => new Date().toISOString().slice(0, 7);

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/billing-runs") return [200, lastRuns()];

  const body = req.method === "POST" ? await readJson(req) : undefined;
  if (body === null) return [400, { error: "invalid JSON" }];

  if (req.method === "POST" && url.pathname === "/billing-runs") {
    if (!/^BR-[\w-]+$/.test(body.run ?? "") || !Array.isArray(body.accounts)) {
      return [422, { error: "run and accounts" }];
    }
    return [
      200,
      runBilling({
        run: body.run,
        period: body.period ?? currentPeriod(),
        accounts: body.accounts,
      }),
    ];
  }

  const m = /^\/accounts\/([\w-]+)\/(reads|bill-preview)$/.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const account = findAccount(m[1]);
  if (!account) return [404, { error: "no such account" }];

  if (m[2] === "reads" && req.method === "POST") {
    if (typeof body.value !== "number" || body.value < 0) return [422, { error: "value" }];
    const result = recordRead(account, body);
    return result.error ? [422, { error: result.error }] : [201, result.read];
  }
  if (m[2] === "bill-preview" && req.method === "GET") {
    const notices = [];
    const bill = computeBill(account, url.searchParams.get("period") ?? currentPeriod(), notices);
    return [200, { ...bill, notices: notices.map(({ code, message }) => ({ code, message })) }];
  }
  return [405, { error: "method not allowed" }];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`water billing on 127.0.0.1:${port}`));
