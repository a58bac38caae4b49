"use strict";

const http = require("node:http");
const { OfferError, createTest, offerFor, endTest, overview } = require("./offers.cjs");
const { MemberError, UnitOfWork, applyPreferences, nextBox } = require("./members.cjs");
const { preferencesChanged, outbox } = require("./notify.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4760;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new MemberError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/offers/tests" && req.method === "POST") {
    const body = await readJson(req);
    const test = createTest(body.campaign, body.offers);
    return send(res, 201, { id: test.id, offers: test.offers.map((o) => o.code) });
  }

  const offerRoute = /^\/offers\/([\w-]+)$/.exec(url.pathname);
  if (offerRoute && req.method === "GET") {
    const member = url.searchParams.get("member");
    if (!member) throw new OfferError(400, "member is required");
    const offer = offerFor(offerRoute[1], member);
    return send(res, 200, { code: offer.code, title: offer.title, discountPct: offer.discountPct });
  }

  const endRoute = /^\/offers\/([\w-]+)\/end$/.exec(url.pathname);
  if (endRoute && req.method === "POST") {
    return send(res, 200, endTest(endRoute[1]));
  }

  if (url.pathname === "/offers" && req.method === "GET") {
    return send(res, 200, overview());
  }

  const prefsRoute = /^\/members\/([\w-]+)\/preferences$/.exec(url.pathname);
  if (prefsRoute && (req.method === "PUT" || req.method === "PATCH")) {
    const uow = new UnitOfWork();
    const member = applyPreferences(uow.member(prefsRoute[1]), await readJson(req));
    uow.save(member);
    preferencesChanged(member);
    return send(res, 200, member.prefs);
  }

  const boxRoute = /^\/members\/([\w-]+)\/next-box$/.exec(url.pathname);
  if (boxRoute && req.method === "GET") {
    const uow = new UnitOfWork();
    const member = uow.member(boxRoute[1]);
    return send(res, 200, { member: member.id, plan: member.plan, ...nextBox(member) });
  }

  if (url.pathname === "/notifications" && req.method === "GET") {
    return send(res, 200, outbox());
  }

  throw new OfferError(404, "not found");
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof OfferError || err instanceof MemberError) {
      return send(res, err.status, { error: err.message });
    }
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`wine-club on http://127.0.0.1:${port}`);
});
