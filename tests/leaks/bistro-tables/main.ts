import { addLines, bill, FloorError, open, overview, pay } from "./floor.ts";
import { pass } from "./kitchen.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function readBody(req: Request) {
  try {
    return await req.json();
  } catch {
    throw new FloorError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [resource, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/floor") return json(200, overview());
  if (url.pathname === "/pass") return json(200, pass(url.searchParams.get("course") ?? undefined));
  if (resource !== "orders") return json(404, { error: "not found" });
  if (!id && req.method === "POST") return json(201, open(await readBody(req)));
  if (action === "lines" && req.method === "POST") {
    const order = addLines(id, (await readBody(req)).lines ?? []);
    return json(200, { order: order.id, lines: order.lines.length });
  }
  if (action === "bill" && req.method === "GET") return json(200, bill(id));
  if (action === "payment" && req.method === "POST") return json(200, pay(id));
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`bistro floor on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      json(err instanceof FloorError ? err.status : 500, { error: (err as Error).message })
    ),
);
