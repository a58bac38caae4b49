import { CallbackError, type PaymentCallback, paymentStatus, receiveCallback } from "./payments.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8794;

async function handle(req: Request, url: URL): Promise<Response> {
  const callback = /^\/callbacks\/([\w-]+)$/.exec(url.pathname);
  if (callback && req.method === "POST") {
    const body = await req.json().catch(() => null) as PaymentCallback | null;
    if (!body) throw new CallbackError(400, "invalid JSON");
    const result = receiveCallback(callback[1], req.headers.get("x-callback-token"), body);
    // Providers retry anything but a 2xx, duplicates included.
    return Response.json(result);
  }
  if (url.pathname === "/payments/status" && req.method === "GET") {
    return Response.json(paymentStatus());
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`payment-callbacks on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof CallbackError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
