import http from "node:http";
import { RequestContext } from "./context.mjs";
import { trackingFor } from "./tracking.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const TRACKING = /^\/orders\/([A-Za-z0-9-]{3,40})\/tracking$/;

function respond(ctx, res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "x-request-id": ctx.id });
  res.end(JSON.stringify(body));
  ctx.log(`${status} in ${(performance.now() - ctx.startedAt).toFixed(1)} ms`);
}

http.createServer((req, res) => {
  const ctx = new RequestContext(req);
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return respond(ctx, res, 200, { ok: true });

  if (pathname.startsWith("/debug/requests/")) {
    const found = RequestContext.find(pathname.slice("/debug/requests/".length));
    return found
      ? respond(ctx, res, 200, found.toJSON())
      : respond(ctx, res, 404, { error: "unknown request" });
  }

  const match = TRACKING.exec(pathname);
  if (match && req.method === "GET") {
    const tracking = trackingFor(match[1], ctx);
    return tracking
      ? respond(ctx, res, 200, tracking)
      : respond(ctx, res, 404, { error: `no shipment for order ${match[1]}` });
  }
  respond(ctx, res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`order tracking listening on 127.0.0.1:${port}`));
