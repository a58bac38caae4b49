import http from "node:http";
import { checkout, CheckoutError } from "./checkout.mjs";
import { metrics } from "./metrics.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw);
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/metrics") return send(res, 200, metrics.summary());

  if (url.pathname === "/checkout" && req.method === "POST") {
    const started = performance.now();
    try {
      const order = checkout(await readJson(req));
      metrics.increment("checkout.ok");
      metrics.timing("checkout.duration_ms", performance.now() - started, {
        currency: order.currency,
        items: order.lines.length,
        coupon: order.coupon ?? "none",
      });
      return send(res, 201, order);
    } catch (err) {
      metrics.increment(err instanceof CheckoutError ? "checkout.rejected" : "checkout.error");
      return send(res, err instanceof CheckoutError ? 422 : 400, { error: err.message });
    }
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`checkout listening on 127.0.0.1:${port}`));
