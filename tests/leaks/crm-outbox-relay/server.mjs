import http from "node:http";
import {
  ContactError,
  createContact,
  eraseContact,
  getContact,
  updateContact,
} from "./contacts.mjs";
import { outboxStats } from "./outbox.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new ContactError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/outbox") return send(res, 200, outboxStats());
  if (url.pathname === "/contacts" && req.method === "POST") {
    return send(res, 201, createContact(await readJson(req)));
  }
  if (parts[0] === "contacts" && parts[1] && parts[2] === "erase" && req.method === "POST") {
    return send(res, 200, eraseContact(parts[1]));
  }
  if (parts[0] === "contacts" && parts[1] && parts.length === 2) {
    if (req.method === "PATCH") return send(res, 200, updateContact(parts[1], await readJson(req)));
    return send(res, 200, getContact(parts[1]));
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ContactError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`crm on :${port}`));
