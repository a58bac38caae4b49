import {
  daySheet,
  get,
  hub,
  moveTo,
  place,
  ShopError,
  type Stage,
  statusOf,
  topicOf,
} from "./orders.ts";

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
    throw new ShopError(400, "bad JSON");
  }
}

/** The customer's order page: server-sent events until the tab is closed. */
function events(id: string): Response {
  const order = get(id);
  const stream = hub.follow(topicOf(id), JSON.stringify(statusOf(order)))
    .pipeThrough(
      new TransformStream<string, string>({
        transform: (msg, c) => c.enqueue(`event: status\ndata: ${msg}\n\n`),
      }),
    )
    .pipeThrough(new TextEncoderStream());
  return new Response(stream, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-store" },
  });
}

/**
 * The till app cannot do SSE, so it long-polls: answer at once when the order has moved past
 * `since`, else with the next update.
 */
async function poll(id: string, since: number): Promise<Response> {
  const order = get(id);
  const reader = hub.follow(topicOf(id), JSON.stringify(statusOf(order))).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return new Response(null, { status: 204 });
      const status = JSON.parse(value);
      if (status.version > since) return json(200, status);
    }
  } finally {
    reader.releaseLock();
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/day") return json(200, daySheet());
  if (parts[0] !== "orders") return json(404, { error: "not found" });
  const id = parts[1];
  if (!id && req.method === "POST") {
    const order = place(await readBody(req));
    return json(201, statusOf(order));
  }
  if (id && parts.length === 2 && req.method === "GET") return json(200, get(id));
  if (id && parts.length === 2 && req.method === "PATCH") {
    const { stage } = await readBody(req);
    return json(200, statusOf(moveTo(id, stage as Stage)));
  }
  if (id && parts[2] === "events") return events(id);
  if (id && parts[2] === "status") {
    return await poll(id, Number(url.searchParams.get("since") ?? 0));
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`cake orders on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      json(err instanceof ShopError ? err.status : 500, { error: (err as Error).message })
    ),
);
