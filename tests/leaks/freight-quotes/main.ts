import { findLane } from "./lanes.ts";
import { quoteFor } from "./pricing.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

let quoted = 0;

function handleQuote(url: URL): Response {
  const origin = url.searchParams.get("from")?.toUpperCase() ?? "";
  const destination = url.searchParams.get("to")?.toUpperCase() ?? "";
  const kg = Number(url.searchParams.get("kg"));
  if (!Number.isFinite(kg) || kg <= 0 || kg > 24_000) {
    return Response.json({ error: "kg must be between 0 and 24000" }, { status: 400 });
  }
  const lane = findLane(origin, destination);
  if (!lane) return Response.json({ error: "lane not served" }, { status: 404 });
  quoted++;
  return Response.json(quoteFor(lane, kg));
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`freight quotes listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, quoted });
  if (url.pathname === "/quote" && req.method === "GET") return handleQuote(url);
  return Response.json({ error: "not found" }, { status: 404 });
});
