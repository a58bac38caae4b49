import { HarbourError, setTariff } from "./harbour.ts";
import { arrive, depart, extend, office, quote } from "./fees.ts";

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
    throw new HarbourError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [resource, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/office") return json(200, office());
  if (url.pathname === "/tariff" && req.method === "PATCH") {
    return json(200, setTariff(await readBody(req)));
  }
  if (resource !== "visits") return json(404, { error: "not found" });
  if (!id && req.method === "POST") return json(201, arrive(await readBody(req)));
  if (id && action === "quote" && req.method === "GET") return json(200, quote(id));
  if (id && !action && req.method === "PATCH") return json(200, extend(id, await readBody(req)));
  if (id && action === "departure" && req.method === "POST") return json(200, depart(id));
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`mooring fees on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      json(err instanceof HarbourError ? err.status : 500, { error: (err as Error).message })
    ),
);
