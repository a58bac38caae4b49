const http = require("node:http");
const { ReadingBatch } = require("./batch.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** The last statements, for the billing team's screen. */
const recentStatements = [];
const RECENT = 25;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://meters.local");
  if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });

  if (req.method === "POST" && pathname === "/batches") {
    const body = await readJson(req);
    if (!body.batch || !body.meter) return send(res, 400, { error: "batch and meter required" });
    const batch = new ReadingBatch(String(body.batch), String(body.meter), body.tariff ?? "single");
    return send(res, 201, { id: batch.id });
  }

  const action = /^\/batches\/([\w-]+)\/(readings|seal|discard)$/.exec(pathname);
  if (req.method === "POST" && action) {
    const [, id, verb] = action;
    const batch = ReadingBatch.find(id);
    if (!batch) return send(res, 404, { error: `no open batch ${id}` });
    if (verb === "readings") {
      const body = await readJson(req);
      return send(res, 200, { id, readings: batch.add(body.readings ?? []) });
    }
    if (verb === "discard") {
      batch.discard();
      return send(res, 200, { id, discarded: true });
    }
    const statement = batch.seal();
    recentStatements.unshift(statement);
    recentStatements.length = Math.min(recentStatements.length, RECENT);
    return send(res, 200, statement);
  }

  if (req.method === "GET" && pathname === "/statements") return send(res, 200, recentStatements);
  if (req.method === "GET" && pathname === "/batches/stats") {
    return send(res, 200, ReadingBatch.stats);
  }
  send(res, 404, { error: "not found" });
}

http
  .createServer((req, res) => {
    route(req, res).catch((error) => send(res, 400, { error: error.message }));
  })
  .listen(port, "127.0.0.1", () => console.log(`meter-batches on http://127.0.0.1:${port}`));
