const http = require("node:http");
const { classify, engineStats } = require("./classifier.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4533;

const KEEP_DECLARATIONS = 100;
/** Recent declarations by reference (filed ones go to the customs broker; this is for the UI). */
const declarations = new Map();

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

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
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, "body must be JSON");
  }
}

async function declare(body) {
  if (!body.reference || !Array.isArray(body.items) || body.items.length === 0) {
    throw new HttpError(400, "reference and items are required");
  }
  const lines = await Promise.all(body.items.map(async (item) => {
    const { hsCode, dutyPct = 0, confidence } = await classify(item);
    const dutyCents = Math.round((item.valueCents * dutyPct) / 100);
    return { ...item, hsCode, dutyPct, dutyCents, needsReview: !hsCode || confidence < 0.7 };
  }));
  const declaration = {
    reference: body.reference,
    exporter: body.exporter,
    destination: body.destination,
    lines,
    dutyCents: lines.reduce((sum, l) => sum + l.dutyCents, 0),
    createdAt: new Date().toISOString(),
  };
  declarations.set(declaration.reference, declaration);
  if (declarations.size > KEEP_DECLARATIONS) declarations.delete(declarations.keys().next().value);
  return declaration;
}

async function route(req, res, url) {
  if (url.pathname === "/declarations" && req.method === "POST") {
    return send(res, 201, await declare(await readJson(req)));
  }
  const one = /^\/declarations\/([\w-]+)$/.exec(url.pathname);
  if (one && req.method === "GET") {
    const found = declarations.get(one[1]);
    if (!found) throw new HttpError(404, `no declaration ${one[1]}`);
    return send(res, 200, found);
  }
  if (url.pathname === "/classify" && req.method === "POST") {
    return send(res, 200, await classify(await readJson(req)));
  }
  if (url.pathname === "/engine" && req.method === "GET") return send(res, 200, engineStats());
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof HttpError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`customs-declarations on 127.0.0.1:${port}`));
