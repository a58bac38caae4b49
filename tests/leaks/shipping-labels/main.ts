import { countRefused, LabelError, labelStats, renderLabel, scratchPool } from "./labels.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stats") return Response.json(labelStats());
  if (url.pathname !== "/labels" || req.method !== "POST") {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  try {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new LabelError(400, "JSON object required");
    const zpl = renderLabel(body);
    return new Response(zpl, {
      status: 201,
      headers: { "content-type": "application/zpl", "content-length": String(zpl.length) },
    });
  } catch (err) {
    if (err instanceof LabelError) {
      countRefused();
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
}

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`shipping labels on 127.0.0.1:${port}`),
}, handle);

Deno.addSignalListener("SIGTERM", async () => {
  await server.shutdown();
  scratchPool.wipe();
  Deno.exit(0);
});
