import http from "node:http";
import { commitImport, ImportError, importStats, startImport } from "./imports.mjs";
import { reviewCount, reviewFor } from "./review.mjs";
import { account } from "./ledger.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  // /accounts/:iban/imports/:id[/problems|/commit]
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { ...importStats(), reviews: reviewCount() });
  }
  if (parts[0] !== "accounts" || !parts[1]) return send(res, 404, { error: "not found" });
  const iban = parts[1];

  if (parts.length === 3 && parts[2] === "balance") {
    const acct = account(iban);
    if (!acct) return send(res, 404, { error: "no such account" });
    return send(res, 200, {
      iban,
      balance: (acct.balanceCents / 100).toFixed(2),
      latest: acct.postings.slice(0, 5),
    });
  }
  if (parts[2] !== "imports" || !parts[3]) return send(res, 404, { error: "not found" });

  if (parts.length === 4 && req.method === "POST") {
    const text = await readText(req);
    return send(res, 201, startImport(iban, parts[3], text));
  }
  if (parts[4] === "problems" && req.method === "GET") {
    const review = reviewFor(parts[3]);
    return review ? send(res, 200, review) : send(res, 404, { error: "nothing to review" });
  }
  if (parts[4] === "commit" && req.method === "POST") {
    const number = Number(parts[3]);
    if (!Number.isSafeInteger(number)) return send(res, 400, { error: "bad import number" });
    return send(res, 200, commitImport(number));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ImportError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`bank feed imports on :${port}`));
