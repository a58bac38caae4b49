import { boatIndex } from "./boat-index.ts";
import { arrive, FlightError, passThrough, status } from "./flight.ts";
import { logPassage, passageCount, recentPassages } from "./passages.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/flight") {
    return Response.json({ ...status(), passages: passageCount(), recent: recentPassages(5) });
  }
  if (url.pathname === "/boats" && req.method === "POST") {
    const boat = arrive(await req.json());
    boatIndex.add(boat);
    return Response.json(boat, { status: 201 });
  }
  if (url.pathname === "/boats/search") {
    const q = url.searchParams.get("q") ?? "";
    if (q.length < 2) return Response.json([]);
    const hits = boatIndex.search(q);
    return Response.json(hits.map((b) => ({ indexNumber: b.indexNumber, name: b.name })));
  }
  if (parts[0] === "boats" && parts[2] === "through" && req.method === "POST") {
    const boat = passThrough(decodeURIComponent(parts[1]));
    boatIndex.remove(boat);
    return Response.json(logPassage(boat));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof FlightError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) return Response.json({ error: "bad JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
