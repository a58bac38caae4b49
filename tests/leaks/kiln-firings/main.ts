import { advance, book, firings, StudioError, unloaded } from "./studio.ts";
import { pageStats, quotePage } from "./pages.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function body(req: Request) {
  try {
    return await req.json();
  } catch {
    throw new StudioError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/board") {
    return json(200, {
      booked: firings.size,
      unloaded: unloaded.slice(0, 10),
      pages: pageStats(),
    });
  }
  if (parts[0] === "firings" && parts.length === 1 && req.method === "POST") {
    const firing = book(await body(req));
    return json(201, { id: firing.id, status: firing.status });
  }
  if (parts[0] === "firings" && parts[2] === "quote" && req.method === "GET") {
    return new Response(quotePage(parts[1]), {
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
  if (parts[0] === "firings" && parts.length === 2 && req.method === "PATCH") {
    const { status } = await body(req);
    const firing = advance(parts[1], status);
    return json(200, { id: firing.id, status: firing.status });
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`kiln firings on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      json(err instanceof StudioError ? err.status : 500, { error: (err as Error).message })
    ),
);
