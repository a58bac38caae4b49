import http from "node:http";
import { formStats, submitContact, subscribeNewsletter } from "./forms.mjs";
import { allowSubmission, clientAddress, throttleStats } from "./throttle.mjs";
import { FormError } from "./validation.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4143;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new FormError(413, "form too large");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new FormError(400, "invalid JSON");
  }
}

const HANDLERS = {
  "/contact": submitContact,
  "/newsletter": subscribeNewsletter,
};

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/admin/forms") {
    return send(res, 200, { ...formStats(), throttle: throttleStats() });
  }
  const handler = HANDLERS[url.pathname];
  if (!handler || !Object.hasOwn(HANDLERS, url.pathname)) {
    return send(res, 404, { error: "not found" });
  }
  if (req.method !== "POST") return send(res, 405, { error: "method not allowed" });
  if (!allowSubmission(clientAddress(req), url.pathname)) {
    res.setHeader("retry-after", "1");
    return send(res, 429, { error: "too many submissions, try again in a moment" });
  }
  send(res, 202, handler(await readJson(req)));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://forms.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof FormError) {
      return send(res, err.status, { error: err.message, fields: err.fields });
    }
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`contact forms on 127.0.0.1:${port}`));
