const http = require("node:http");
const { quoteFor, setRate } = require("./quotes.cjs");
const { awaitSettlement, counts, createTransfer, recentTransfers } = require("./settlement.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

let nextTransfer = 1;

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function handle(req, res) {
  const url = new URL(req.url, "http://remit.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/quotes") {
    const amount = Math.round(Number(url.searchParams.get("amount")));
    if (!(amount > 0)) return send(res, 400, { error: "amount (cents) required" });
    return send(res, 200, await quoteFor(url.searchParams.get("corridor") ?? "EUR-PHP", amount));
  }
  if (req.method === "POST" && url.pathname === "/transfers") {
    const body = await readJson(req);
    const q = await quoteFor(body.corridor, Math.round(Number(body.amountCents)));
    const transfer = { id: `T${nextTransfer++}`, reference: String(body.reference ?? ""), ...q };
    const settled = awaitSettlement(transfer.id, 250);
    createTransfer(transfer);
    const outcome = await settled;
    return send(res, outcome.status === "settled" ? 201 : 202, { ...transfer, ...outcome });
  }
  if (req.method === "POST" && url.pathname === "/rates") {
    const body = await readJson(req);
    const ok = setRate(String(body.corridor), Number(body.mid));
    return send(
      res,
      ok ? 200 : 404,
      ok ? { updated: body.corridor } : { error: "unknown corridor" },
    );
  }
  if (req.method === "GET" && url.pathname === "/transfers/recent") {
    return send(res, 200, { counts, recent: recentTransfers });
  }
  send(res, 404, { error: "not found" });
}

http
  .createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 400, { error: error.message }));
  })
  .listen(port, "127.0.0.1", () => console.log(`remittance-quotes on http://127.0.0.1:${port}`));
