import http from "node:http";
import { getApplication, IntakeError, receiveDocument } from "./documents.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4481;

function sendJson(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

function summary(application) {
  const { id, applicant, product, amountCents, documents } = application;
  const kinds = new Set(documents.map((d) => d.kind));
  return {
    id,
    applicant,
    product,
    amount: amountCents / 100,
    documents,
    complete: ["payslip", "bank-statement", "id-card"].every((k) => kinds.has(k)),
  };
}

async function route(req, res, url) {
  const upload = /^\/applications\/([\w-]+)\/documents$/.exec(url.pathname);
  if (upload && req.method === "POST") {
    const kind = url.searchParams.get("kind") ?? "";
    const filename = url.searchParams.get("filename") ?? "upload.bin";
    const document = await receiveDocument(upload[1], kind, filename, req);
    return sendJson(res, 201, document);
  }
  const application = /^\/applications\/([\w-]+)$/.exec(url.pathname);
  if (application && req.method === "GET") {
    return sendJson(res, 200, summary(getApplication(application[1])));
  }
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof IntakeError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`loan-documents on 127.0.0.1:${port}`));
