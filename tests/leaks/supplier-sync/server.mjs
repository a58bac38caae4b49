import http from "node:http";
import { randomUUID } from "node:crypto";
import { checkStock, findRecent, placePurchaseOrder } from "./purchase_orders.mjs";
import { SupplierError } from "./suppliers.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3300;

/** Buyers and the delegated supplier tokens the identity service issued them (fixture). */
const BUYERS = {
  "tok-ingrid": { email: "ingrid.lund@acme-office.example", delegatedToken: "np_deleg_ingrid_19c" },
  "tok-bas": { email: "bas.vermeer@acme-office.example", delegatedToken: "np_deleg_bas_77e" },
};

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return JSON.parse(text || "{}");
  } catch {
    throw new SupplierError(400, "invalid JSON");
  }
}

function contextOf(req) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  const buyer = BUYERS[token];
  if (!buyer) throw new SupplierError(401, "unknown buyer");
  return {
    requestId: req.headers["x-request-id"] ?? randomUUID(),
    buyer,
    delegatedToken: buyer.delegatedToken,
    receivedAt: Date.now(),
  };
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/purchase-orders" && req.method === "POST") {
    const ctx = contextOf(req);
    const placed = await placePurchaseOrder(ctx, await readJson(req));
    return send(res, 201, placed);
  }
  const po = /^\/purchase-orders\/(PO-[A-Z0-9-]+)$/.exec(url.pathname);
  if (po && req.method === "GET") {
    contextOf(req);
    const found = findRecent(po[1]);
    return found ? send(res, 200, found) : send(res, 404, { error: "not found" });
  }
  const stock = /^\/suppliers\/([a-z-]+)\/stock$/.exec(url.pathname);
  if (stock && req.method === "GET") {
    contextOf(req);
    const skus = (url.searchParams.get("skus") ?? "").split(",").filter(Boolean).slice(0, 50);
    return send(res, 200, { supplier: stock[1], stock: await checkStock(stock[1], skus) });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof SupplierError)) console.error(err);
    send(res, err.status ?? 500, {
      error: err instanceof SupplierError ? err.message : "internal error",
    });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`supplier-sync listening on 127.0.0.1:${port}`));
