import { MonographCache } from "./cache.ts";
import { bumpRevision, formularyReads } from "./formulary.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const monographs = new MonographCache();
const json = (status: number, body: unknown) => Response.json(body, { status });

interface DoseCheck {
  patient: string;
  code: string;
  weightKg: number;
  doseMg: number;
  ok: boolean;
}

const lastChecks: DoseCheck[] = [];
const KNOWN_CODES = ["AMOX", "GABA", "MELOX"];

async function route(req: Request, url: URL): Promise<Response> {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "monographs" && parts.length === 3 && req.method === "GET") {
    const m = await monographs.get(parts[1].toUpperCase(), parts[2]);
    return m ? json(200, m) : json(404, { error: `no monograph for ${parts[1]} in ${parts[2]}` });
  }
  if (parts[0] === "monographs" && parts.length === 2 && req.method === "PATCH") {
    const revision = bumpRevision(parts[1].toUpperCase());
    if (revision === null) return json(404, { error: "unknown drug" });
    monographs.invalidate(parts[1].toUpperCase());
    return json(200, { code: parts[1].toUpperCase(), revision });
  }
  if (url.pathname === "/autocomplete" && req.method === "GET") {
    // the dispensing screen asks as the vet types; an exact code wins
    const typed = (url.searchParams.get("code") ?? "").toUpperCase();
    const species = url.searchParams.get("species") ?? "dog";
    const exact = typed ? await monographs.get(typed, species) : null;
    const matches = exact
      ? [exact.code]
      : KNOWN_CODES.filter((c) => c.startsWith(typed.slice(0, 2)));
    return json(200, { typed, species, matches });
  }
  if (url.pathname === "/dose-checks" && req.method === "POST") {
    const body = await req.json();
    const m = await monographs.get(String(body.code), String(body.species));
    if (!m) return json(422, { error: "drug not in formulary for this species" });
    const perKg = body.doseMg / body.weightKg;
    const check: DoseCheck = {
      patient: String(body.patient),
      code: m.code,
      weightKg: body.weightKg,
      doseMg: body.doseMg,
      ok: perKg >= m.doseMgPerKg[0] && perKg <= m.doseMgPerKg[1],
    };
    lastChecks.unshift(check);
    if (lastChecks.length > 20) lastChecks.length = 20;
    return json(200, { ...check, range: m.doseMgPerKg, cautions: m.cautions });
  }
  if (url.pathname === "/debug/cache") {
    return json(200, { ...monographs.stats(), reads: formularyReads() });
  }
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`formulary on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    return await route(req, url);
  } catch (err) {
    return json(500, { error: (err as Error).message });
  }
});
