import http from "node:http";
import { importPriceList } from "./price_import.mjs";
import { CATALOGUE, supplier } from "./suppliers.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3044;

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  const m = pathname.match(/^\/suppliers\/([\w-]+)\/(prices|imports\/latest)$/);
  try {
    if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
    if (pathname === "/prices") {
      return sendJson(res, 200, Object.fromEntries([...CATALOGUE].map(([k, v]) => [k, v.price])));
    }
    if (!m) return sendJson(res, 404, { error: "not found" });
    const state = supplier(m[1]);
    if (!state) return sendJson(res, 404, { error: "unknown supplier" });
    if (m[2] === "prices" && req.method === "POST") {
      return sendJson(res, 200, await importPriceList(req, state));
    }
    if (m[2] === "imports/latest") {
      return sendJson(res, 200, {
        lastImport: state.lastImport,
        rejects: state.rejects.slice(-20),
      });
    }
    sendJson(res, 405, { error: "method not allowed" });
  } catch (err) {
    sendJson(res, 400, { error: `import failed: ${err.message}` });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`price imports on 127.0.0.1:${port}`));
