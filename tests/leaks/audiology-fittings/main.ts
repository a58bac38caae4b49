import { type Ear, FittingError, patientOf, recordAudiogram } from "./audiograms.ts";
import { prescribe } from "./prescription.ts";
import { cachedSlots, cacheStats, gainTableFor } from "./table-cache.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? parseInt(portArg.slice(7), 10) : 8000;

const MODELS = new Set(["Aria RIC 312", "Aria BTE 13", "Lumen CIC"]);
const PATIENT = /^\/patients\/(P-\d+)\/(audiograms|fitting)$/;

function fitting(patientId: string, url: URL) {
  const patient = patientOf(patientId);
  const model = url.searchParams.get("model") ?? "Aria RIC 312";
  if (!MODELS.has(model)) throw new FittingError(422, `unknown model ${model}`);
  const ears: Partial<Record<Ear, unknown>> = {};
  for (const ear of ["left", "right"] as const) {
    const audiogram = patient.latest[ear];
    if (!audiogram) continue;
    const table = gainTableFor(
      `${patientId}/${ear}/${model}`,
      audiogram.id,
      () => prescribe(audiogram, model),
    );
    ears[ear] = { audiogram: audiogram.id, testedOn: audiogram.testedOn, bands: table.bands };
  }
  return { patient: patientId, name: patient.name, model, ears };
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/cache") return Response.json({ ...cacheStats, slots: cachedSlots() });
  const m = PATIENT.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  if (m[2] === "audiograms" && req.method === "POST") {
    const a = recordAudiogram(m[1], await req.json());
    return Response.json({ id: a.id, ear: a.ear }, { status: 201 });
  }
  if (m[2] === "fitting" && req.method === "GET") return Response.json(fitting(m[1], url));
  return Response.json({ error: "method not allowed" }, { status: 405 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof FittingError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) return Response.json({ error: "bad JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
