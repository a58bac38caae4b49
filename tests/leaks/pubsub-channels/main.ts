import { publish, stats, subscribe } from "./broker.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const SUBSCRIBE = new URLPattern({ pathname: "/channels/:name/subscribe" });
const PUBLISH = new URLPattern({ pathname: "/channels/:name/publish" });

function validCallback(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`pubsub listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json(stats());

  const sub = SUBSCRIBE.exec(url);
  if (sub && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!validCallback(body?.callbackUrl)) {
      return Response.json({ error: "callbackUrl must be an http(s) URL" }, { status: 400 });
    }
    const events = Array.isArray(body.events) ? body.events.map(String) : ["*"];
    subscribe(sub.pathname.groups.name ?? "", { callbackUrl: body.callbackUrl, events });
    return Response.json({ subscribed: true }, { status: 201 });
  }

  const pub = PUBLISH.exec(url);
  if (pub && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (typeof body?.event !== "string") {
      return Response.json({ error: "event is required" }, { status: 400 });
    }
    const queued = publish(pub.pathname.groups.name ?? "", body.event, body.data ?? null);
    return Response.json({ queued });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
