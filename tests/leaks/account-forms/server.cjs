"use strict";
const http = require("node:http");
const { loadSession } = require("./sessions.cjs");
const { issueToken, consumeToken } = require("./csrf.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4890;

const profiles = new Map([
  ["u-1042", {
    name: "Marta Jansen",
    email: "marta@example.com",
    street: "Kade 12",
    city: "Utrecht",
  }],
]);

const FORMS = {
  address: ["street", "city"],
  email: ["email"],
  password: ["current", "next"],
  notifications: ["newsletter", "orderUpdates"],
};

function page(title, formId, token, fields, values) {
  const inputs = fields
    .map((f) => `<label>${f}<input name="${f}" value="${escapeHtml(values[f] ?? "")}"></label>`)
    .join("\n");
  return `<!doctype html><title>${title}</title><form method="post" action="/account/${formId}">
<input type="hidden" name="_csrf" value="${token}">${inputs}<button>Save</button></form>`;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return Object.fromEntries(new URLSearchParams(raw));
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end('{"ok":true}');
  }
  const session = loadSession(req);
  session.userId ??= "u-1042";
  const profile = profiles.get(session.userId);
  res.setHeader("set-cookie", `sid=${session.id}; HttpOnly; SameSite=Lax; Path=/`);

  const match = /^\/account\/(\w+)(\/edit)?$/.exec(url.pathname);
  if (url.pathname === "/account") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(JSON.stringify({ name: profile.name, email: profile.email }));
  }
  if (!match || !FORMS[match[1]]) {
    res.writeHead(404);
    return res.end();
  }
  const formId = match[1];
  if (match[2] && req.method === "GET") {
    const token = issueToken(session, formId, url.pathname + url.search);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    return res.end(page(`Edit ${formId}`, formId, token, FORMS[formId], profile));
  }
  if (!match[2] && req.method === "POST") {
    const form = await readForm(req);
    if (!consumeToken(session, formId, form._csrf)) {
      res.writeHead(403);
      return res.end("invalid csrf token");
    }
    for (const field of FORMS[formId]) if (field in form) profile[field] = form[field];
    res.writeHead(303, { location: "/account" });
    return res.end();
  }
  res.writeHead(405);
  res.end();
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    res.writeHead(500);
    res.end(String(err));
  });
}).listen(port, "127.0.0.1", () => console.log(`account-forms on 127.0.0.1:${port}`));
