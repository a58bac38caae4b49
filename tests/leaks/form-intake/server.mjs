import http from "node:http";
import { forms, recent, stats, submit } from "./forms.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return undefined;
  }
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());

  const m = /^\/forms\/([a-z0-9-]+)(\/submissions)?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, formId, sub] = m;

  if (!sub && req.method === "GET") {
    const form = forms.get(formId);
    if (!form) return send(res, 404, { error: "unknown form" });
    return send(res, 200, {
      id: formId,
      title: form.title,
      fields: Object.keys(form.schemaOverrides.properties),
    });
  }
  if (sub && req.method === "POST") {
    const body = await readJson(req);
    if (body === undefined) return send(res, 400, { error: "invalid JSON" });
    const { status, body: out } = submit(formId, body);
    return send(res, status, out);
  }
  if (sub && req.method === "GET") {
    return send(res, 200, {
      submissions: recent(formId, Number(url.searchParams.get("limit") ?? 10)),
    });
  }
  send(res, 405, { error: "method not allowed" });
});

server.listen(port, "127.0.0.1", () => console.log(`form-intake on 127.0.0.1:${port}`));
