import { Journal, type SightingInput } from "./journal.ts";
import { RecorderApi } from "./recorder.ts";
import { SPECIES } from "./species.ts";
import { RecorderSync } from "./sync.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const journal = new Journal();
const recorder = new RecorderApi();
const sync = new RecorderSync(journal, recorder);
sync.run();

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/species") return Response.json(SPECIES);

  if (url.pathname === "/sightings" && req.method === "POST") {
    const input = await req.json() as SightingInput;
    try {
      const sighting = journal.append(input);
      return Response.json({ seq: sighting.seq, species: sighting.species.name }, {
        status: 201,
      });
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 400 });
    }
  }
  if (url.pathname === "/sightings/latest") {
    const site = url.searchParams.get("site") ?? undefined;
    return Response.json(
      journal.latest(site).map((s) => ({
        seq: s.seq,
        species: s.species.name,
        count: s.count,
        site: s.site,
        date: s.date,
        observer: s.observer.name,
      })),
    );
  }
  if (url.pathname === "/sync") {
    return Response.json({
      ...sync.status(),
      journal: journal.stats(),
      recorder: { imported: recorder.imported, batches: recorder.batches },
    });
  }
  if (url.pathname === "/totals") return Response.json(Object.fromEntries(recorder.bySpecies));
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`bird sightings on :${port}`) },
  handle,
);
