const http = require("node:http");
const { listenForResults, requestRender, renderStats } = require("./renders.cjs");
const { startWorker } = require("./worker.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const TEMPLATES = new Set(["invoice", "packing-slip", "credit-note"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/renders/stats") return send(res, 200, await renderStats());

  if (req.method === "POST" && url.pathname === "/renders") {
    const body = await readJson(req);
    if (!TEMPLATES.has(body.template) || typeof body.data !== "object" || body.data === null) {
      return send(res, 400, { error: "template and data are required" });
    }
    const draft = url.searchParams.get("draft") === "1";
    const out = await requestRender(body.template, body.data, { draft });
    return send(res, out.cached ? 200 : 201, out);
  }
  send(res, 404, { error: "not found" });
}

async function main() {
  await listenForResults();
  await startWorker();
  http.createServer((req, res) => {
    route(req, res).catch((err) =>
      send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message })
    );
  }).listen(port, "127.0.0.1", () => console.log(`render-jobs on http://127.0.0.1:${port}`));
}

main();
