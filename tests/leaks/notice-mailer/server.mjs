import http from "node:http";
import { LANGUAGES, TEMPLATES } from "./i18n.mjs";
import { renderNotice } from "./render.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// Counts per template and language, for the ops page.
const sent = new Map();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

const SAMPLE = {
  name: "Sam Sample",
  email: "sam@example.com",
  order: "A-1000",
  carrier: "DHL",
  eta: new Date("2025-03-14T12:00:00Z"),
  trackingUrl: "https://track.example.com/A-1000",
  minutes: 30,
  link: "https://example.com/reset/sample",
};

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, Object.fromEntries(sent));

  let m = /^\/notices\/([a-z-]+)$/.exec(url.pathname);
  if (req.method === "POST" && m) {
    const template = m[1];
    if (!TEMPLATES.includes(template)) return send(res, 404, { error: "unknown template" });
    const body = await readJson(req);
    const lng = LANGUAGES.includes(body.lng) ? body.lng : "en";
    if (typeof body.email !== "string" || !body.email.includes("@")) {
      return send(res, 400, { error: "email is required" });
    }
    const data = {
      ...body,
      eta: body.eta ? new Date(body.eta) : new Date(Date.now() + 2 * 86_400_000),
    };
    const notice = renderNotice(template, lng, data);
    sent.set(`${template}/${lng}`, (sent.get(`${template}/${lng}`) ?? 0) + 1);
    // The mail relay would get `notice` here.
    return send(res, 202, { queued: true, subject: notice.subject, warnings: notice.warnings });
  }

  m = /^\/notices\/([a-z-]+)\/preview$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    if (!TEMPLATES.includes(m[1])) return send(res, 404, { error: "unknown template" });
    const lng = url.searchParams.get("lng") ?? "en";
    return send(res, 200, renderNotice(m[1], LANGUAGES.includes(lng) ? lng : "en", SAMPLE));
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) =>
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message })
  );
}).listen(port, "127.0.0.1", () => console.log(`notice-mailer on http://127.0.0.1:${port}`));
