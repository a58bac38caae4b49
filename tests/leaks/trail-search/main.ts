import { Metrics } from "./metrics.ts";
import { type TrailInput, TrailStore } from "./trails.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const trails = new TrailStore();
const metrics = new Metrics();

for (
  const seed of [
    {
      name: "Kinder Scout Circular",
      region: "peak-district",
      distanceKm: 14.2,
      ascentM: 610,
      difficulty: "hard",
      tags: ["moorland", "scramble", "views"],
      description: "Up Grindsbrook Clough, round the edge and down Jacob's Ladder.",
      submittedBy: "rangers",
    },
    {
      name: "Mam Tor Ridge",
      region: "peak-district",
      distanceKm: 9.5,
      ascentM: 420,
      difficulty: "moderate",
      tags: ["ridge", "views", "family"],
      description: "Castleton to Mam Tor along the Great Ridge to Lose Hill.",
      submittedBy: "rangers",
    },
    {
      name: "Tarn Hows Loop",
      region: "lake-district",
      distanceKm: 3.2,
      ascentM: 60,
      difficulty: "easy",
      tags: ["lake", "family", "accessible"],
      description: "Level path around the tarn, suitable for all-terrain buggies.",
      submittedBy: "rangers",
    },
  ] satisfies TrailInput[]
) trails.add(seed);

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readInput(req: Request): Promise<Partial<TrailInput> | null> {
  try {
    return await req.json();
  } catch {
    return null;
  }
}

async function route(req: Request, url: URL): Promise<Response> {
  const path = url.pathname;
  if (path === "/healthz") return json({ ok: true });
  if (path === "/metrics") {
    return new Response(metrics.exposition(), { headers: { "content-type": "text/plain" } });
  }

  if (path === "/trails" && req.method === "GET") {
    const maxKm = url.searchParams.get("maxKm");
    const results = trails.search(url.searchParams.get("q") ?? "", {
      region: url.searchParams.get("region") ?? undefined,
      maxKm: maxKm ? Number(maxKm) : undefined,
    });
    return json({ count: results.length, results });
  }
  if (path === "/trails" && req.method === "POST") {
    const input = await readInput(req);
    if (!input?.name || !input.region) return json({ error: "name and region are required" }, 400);
    try {
      const trail = trails.add({
        name: input.name,
        region: input.region,
        distanceKm: Number(input.distanceKm ?? 0),
        ascentM: Number(input.ascentM ?? 0),
        difficulty: input.difficulty ?? "moderate",
        tags: input.tags ?? [],
        description: input.description ?? "",
        submittedBy: input.submittedBy ?? "anonymous",
      });
      return json(trail, 201);
    } catch (err) {
      return json({ error: (err as Error).message }, 409);
    }
  }

  const m = path.match(/^\/trails\/([a-z0-9-]+)(\/archive)?$/);
  if (m) {
    const [, slug, archive] = m;
    if (archive && req.method === "POST") {
      return trails.archive(slug)
        ? json({ archived: slug })
        : json({ error: "no such trail" }, 404);
    }
    if (!archive && req.method === "GET") {
      const trail = trails.get(slug);
      return trail ? json(trail) : json({ error: "no such trail" }, 404);
    }
    if (!archive && req.method === "PATCH") {
      const patch = await readInput(req);
      if (!patch) return json({ error: "bad JSON" }, 400);
      const trail = trails.update(slug, patch);
      return trail ? json(trail) : json({ error: "no such trail" }, 404);
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`trail search on ${port}`),
}, async (req) => {
  const started = performance.now();
  const url = new URL(req.url);
  const res = await route(req, url);
  const body = await res.arrayBuffer();
  metrics.record(
    req.method,
    url.pathname,
    performance.now() - started,
    body.byteLength,
    res.status,
  );
  return new Response(body, { status: res.status, headers: res.headers });
});
