import { addAlert, recentNotifications } from "./alerts.ts";
import { priceFeed } from "./feed.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const ALERTS = /^\/users\/([\w.-]{1,64})\/alerts$/;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`stock-watch listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/prices") return Response.json(priceFeed.snapshot());
  if (url.pathname === "/notifications") return Response.json(recentNotifications());

  const match = ALERTS.exec(url.pathname);
  if (match && req.method === "POST") {
    const body = await req.json().catch(() => null);
    const symbol = String(body?.symbol ?? "").toUpperCase();
    const above = Number(body?.above);
    if (!priceFeed.has(symbol)) return Response.json({ error: "unknown symbol" }, { status: 400 });
    if (!Number.isFinite(above)) {
      return Response.json({ error: "above must be a number" }, { status: 400 });
    }
    const alert = addAlert(match[1], symbol, above);
    return Response.json(alert, { status: 201 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
