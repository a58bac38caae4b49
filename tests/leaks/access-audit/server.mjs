import http from "node:http";
import { attachShipper, auditCounters, recordAccess } from "./audit.mjs";
import { findContract, listContracts, sign } from "./contracts.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const ROLES = { "legal@acme.example": "legal", "sales@acme.example": "sales" };

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function roleOf(req) {
  return ROLES[req.headers["x-user"]] ?? "viewer";
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/audit/counters") return sendJson(res, 200, auditCounters());
  if (url.pathname === "/audit/stream") return attachShipper(res);

  if (url.pathname === "/contracts" && req.method === "GET") {
    const customer = url.searchParams.get("customer") ?? undefined;
    const status = url.searchParams.get("status") ?? undefined;
    return sendJson(res, 200, { contracts: listContracts({ customer, status }) });
  }

  const match = /^\/contracts\/(C-\d+)(\/download|\/sign)?$/.exec(url.pathname);
  if (!match) return sendJson(res, 404, { error: "not found" });
  const contract = findContract(match[1]);
  if (!contract) return sendJson(res, 404, { error: `no contract ${match[1]}` });
  const role = roleOf(req);

  if (!match[2] && req.method === "GET") {
    recordAccess(req, "read", contract);
    const { body: _body, ...summary } = contract;
    return sendJson(res, 200, summary);
  }
  if (match[2] === "/download" && req.method === "GET") {
    if (contract.confidential && role === "viewer") {
      recordAccess(req, "download", contract, "denied");
      return sendJson(res, 403, { error: "confidential contract" });
    }
    recordAccess(req, "download", contract);
    res.writeHead(200, {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="${contract.id}-v${contract.version}.txt"`,
    });
    return res.end(contract.body);
  }
  if (match[2] === "/sign" && req.method === "POST") {
    if (role !== "legal") return sendJson(res, 403, { error: "only legal can sign" });
    const body = await readJson(req);
    if (!body || typeof body.signer !== "string") {
      return sendJson(res, 400, { error: "signer is required" });
    }
    try {
      const count = sign(contract, { signer: body.signer, role });
      recordAccess(req, "sign", contract);
      return sendJson(res, 200, { id: contract.id, signatures: count });
    } catch (err) {
      return sendJson(res, 409, { error: err.message });
    }
  }
  sendJson(res, 405, { error: "method not allowed" });
});

server.listen(port, "127.0.0.1", () => console.log(`contracts portal on 127.0.0.1:${port}`));
