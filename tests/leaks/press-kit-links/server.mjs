import http from "node:http";
import { findFile, kits } from "./kits.mjs";
import { LinkIssuer } from "./links.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const DEFAULT_TTL_MS = 250;
const MAX_TTL_MS = 60_000;

const issuer = new LinkIssuer({
  secret: process.env.LINK_SECRET ?? "dev-only-secret",
  cdnBase: "https://media.fernhill.example",
});

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) {
    throw new HttpError(415, "expected a form post");
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function kitOr404(slug) {
  const kit = kits.get(slug);
  if (!kit) throw new HttpError(404, `no press kit ${slug}`);
  return kit;
}

async function issueLink(req, kit) {
  const form = await readForm(req);
  const file = findFile(kit, form.get("file") ?? "");
  if (!file) throw new HttpError(400, "unknown file");
  const recipient = form.get("recipient");
  const ref = form.get("ref");
  if (!recipient || !ref) throw new HttpError(400, "recipient and ref are required");
  const ttl = form.get("ttl") ?? DEFAULT_TTL_MS;
  if (!(ttl > 0) || ttl > MAX_TTL_MS) throw new HttpError(400, "ttl out of range");
  if (issuer.get(kit.slug, ref)) throw new HttpError(409, `link ${ref} already issued`);
  const link = issuer.issue({
    kit,
    file,
    recipient,
    outlet: form.get("outlet") ?? "",
    ref,
    ttl,
    issuedBy: req.headers["x-user"] ?? "press-office",
  });
  return { ref: link.ref, url: link.url, file: link.file };
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (parts[0] === "kits" && parts[1]) {
    const kit = kitOr404(parts[1]);
    if (parts.length === 2) {
      return send(res, 200, {
        title: kit.title,
        embargo: kit.embargo,
        files: kit.files.map((f) => f.name),
        links: issuer.stats(kit.slug),
      });
    }
    if (parts[2] === "links" && parts.length === 3 && req.method === "POST") {
      return send(res, 201, await issueLink(req, kit));
    }
    if (parts[2] === "links" && parts[3]) {
      const link = issuer.get(kit.slug, parts[3]);
      if (!link) throw new HttpError(404, "no such link (or it ran out)");
      if (parts[4] === "download") {
        if (Date.now() > link.expiresAt) throw new HttpError(410, "link expired");
        link.downloads++;
        res.writeHead(302, { location: link.url });
        return res.end();
      }
      if (parts.length === 4) {
        return send(res, 200, {
          ref: link.ref,
          file: link.file,
          recipient: link.recipient,
          downloads: link.downloads,
          issuedAt: link.issuedAt,
        });
      }
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HttpError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`press kit links on :${port}`));
