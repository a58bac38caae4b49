import { price, regionFactor, validate } from "./pricing.ts";
import { RequestTimer } from "./timing.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

let quotes = 0;

async function quote(req: Request, timer: RequestTimer): Promise<Response> {
  const body = await req.json().catch(() => null);
  timer.step("parse");
  const input = validate(body);
  if (typeof input === "string") return Response.json({ error: input }, { status: 400 });
  timer.step("validate");
  const region = regionFactor(input.postcode);
  timer.step("region");
  const result = price(input, region);
  timer.step("price");
  quotes++;
  return Response.json({ id: `Q-${quotes}`, ...result });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`quote builder on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname !== "/quotes" || req.method !== "POST") {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const timer = new RequestTimer(
    req.headers.get("x-request-id") ?? crypto.randomUUID(),
    url.pathname,
  );
  const res = await quote(req, timer);
  res.headers.set("server-timing", timer.serverTiming());
  return res;
});
