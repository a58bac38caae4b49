import http from "node:http";
import { LinkError, LinkStore } from "./links.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const links = new LinkStore();

// the intranet's "Holidays and pay dates" page links here permanently
links.issue({
  ref: "pay-calendar-2026",
  employee: "*",
  document: { kind: "calendar", file: "pay-dates-2026.pdf", bytes: 48213 },
  ttlMs: Infinity,
});

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
    throw new LinkError(400, "body is not JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/links" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.ref || !body.employee || !body.document?.file) {
      throw new LinkError(400, "ref, employee and document.file required");
    }
    // how long a link lives is our policy, not the caller's
    const { ttlMs: _ignored, ...request } = body;
    return send(res, 201, links.issue(request));
  }

  if (parts[0] === "links" && parts[1] && parts[2] === "open" && req.method === "GET") {
    return send(res, 200, links.open(parts[1]));
  }

  if (url.pathname === "/links/stats") return send(res, 200, links.stats());

  req.resume();
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof LinkError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`payslip links on :${port}`));
