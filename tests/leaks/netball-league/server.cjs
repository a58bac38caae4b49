"use strict";

const http = require("node:http");
const { fixture, recordResult, standings, relationStats } = require("./league.cjs");
const { saveSheet, submitSheet, expireIdle, sheetStats } = require("./sheets.cjs");
const { register, registrationStats } = require("./registrations.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

setInterval(() => expireIdle(), 250);

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const [kind, id, action] = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/standings") return send(res, 200, standings());
  if (pathname === "/stats") {
    return send(res, 200, {
      registrations: registrationStats(),
      sheets: sheetStats(),
      relations: relationStats(),
    });
  }
  if (pathname === "/registrations" && req.method === "POST") {
    const r = register(await readJson(req));
    return send(res, 201, { memberNo: r.memberNo, fee: r.fee });
  }
  if (kind === "fixtures" && id) {
    if (action === "result" && req.method === "POST") {
      const { home, away } = await readJson(req);
      const row = recordResult(id, Number(home), Number(away));
      return row ? send(res, 200, row.result) : send(res, 404, { error: "no such fixture" });
    }
    const f = fixture(id);
    if (!f) return send(res, 404, { error: "no such fixture" });
    const [home, away] = await Promise.all([f.homeTeam, f.awayTeam]);
    return send(res, 200, {
      id: f.id,
      date: f.date,
      home: home.name,
      away: away.name,
      result: f.result,
    });
  }
  if (kind === "sheets" && id) {
    if (action === "submit" && req.method === "POST") {
      const sheet = submitSheet(id);
      return sheet
        ? send(res, 201, { id, players: sheet.players.length })
        : send(res, 404, { error: "no such sheet" });
    }
    if (req.method === "PATCH") {
      const sheet = saveSheet(id, await readJson(req));
      return send(res, 200, { id: sheet.id, players: sheet.players.length });
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`netball league on :${port}`));
