import http from "node:http";
import { log, recentLines, requestContext } from "./context.mjs";
import { cardsOf, findCard, FuelError } from "./fleets.mjs";
import { authorise, spend } from "./fuelling.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4174;

const AUTHORISE = /^\/cards\/(FC-\d{4})\/authorize$/;
const CARD = /^\/cards\/(FC-\d{4})$/;
const SPEND = /^\/fleets\/([a-z]{3,20})\/spend$/;
let requests = 0;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw || "{}");
  } catch {
    throw new FuelError(400, "invalid JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  let m;
  if (req.method === "POST" && (m = AUTHORISE.exec(url.pathname))) {
    return send(res, 200, await authorise(m[1], await readJson(req)));
  }
  if ((m = CARD.exec(url.pathname))) {
    const card = findCard(m[1]);
    if (req.method === "PATCH") {
      const body = await readJson(req);
      if (body.maxFillLitres !== undefined) {
        const limit = Number(body.maxFillLitres);
        if (!Number.isInteger(limit) || limit < 0 || limit > 1000) {
          throw new FuelError(422, "maxFillLitres must be 0-1000");
        }
        card.maxFillLitres = limit;
      }
      if (typeof body.blocked === "boolean") card.blocked = body.blocked;
      log("info", "card updated", { card: card.id });
    }
    return send(res, 200, card);
  }
  if (req.method === "GET" && (m = SPEND.exec(url.pathname))) {
    return send(res, 200, { ...spend(m[1]), cards: cardsOf(m[1]).map((c) => c.id) });
  }
  if (req.method === "GET" && url.pathname === "/debug/log") return send(res, 200, recentLines());
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://fuel.local");
  const context = {
    requestId: req.headers["x-request-id"] ?? `r${++requests}`,
    path: url.pathname,
  };
  requestContext.run(context, async () => {
    try {
      await route(req, res, url);
    } catch (err) {
      if (err instanceof FuelError) return send(res, err.status, { error: err.message });
      log("error", "unhandled", { error: String(err) });
      send(res, 500, { error: "internal error" });
    }
  });
});

server.listen(port, "127.0.0.1", () => console.log(`fuel cards on 127.0.0.1:${port}`));
