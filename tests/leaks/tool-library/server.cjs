"use strict";

const http = require("node:http");
const { availability } = require("./catalogue.cjs");
const { giveBack, lend, loanStats } = require("./loans.cjs");
const { findMember, memberStats } = require("./members.cjs");
const { text, textStats } = require("./reminders.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4874;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/loans" && req.method === "POST") {
    const b = await readJson(req);
    const member = await findMember(String(b.member));
    if (!member) return send(res, 404, { error: "unknown member" });
    if (member.blocked) return send(res, 403, { error: "membership blocked" });
    const r = lend(String(b.reference), String(b.tool), member);
    if (r.error) return send(res, r.status, { error: r.error });
    text(
      b.phone ?? member.id,
      `You borrowed ${r.loan.tag}; please bring it back by ${r.loan.due}.`,
    );
    return send(res, 201, { reference: r.loan.reference, tag: r.loan.tag, due: r.loan.due });
  }
  const ret = /^\/loans\/([\w-]+)\/return$/.exec(url.pathname);
  if (ret && req.method === "POST") {
    const b = await readJson(req);
    const loan = giveBack(ret[1], String(b.condition ?? "ok"));
    if (!loan) return send(res, 404, { error: "not on loan" });
    return send(res, 200, { reference: loan.reference, tag: loan.tag });
  }
  const tool = /^\/tools\/([\w-]+)$/.exec(url.pathname);
  if (tool) {
    const a = availability(tool[1]);
    return a ? send(res, 200, a) : send(res, 404, { error: "no such tool" });
  }
  if (url.pathname === "/status") {
    return send(res, 200, { loans: loanStats(), members: memberStats(), texts: textStats() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`tool-library on 127.0.0.1:${port}`));
