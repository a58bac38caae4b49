import { csvLine } from "./csv.ts";
import {
  check,
  findImport,
  importEvents,
  readCounts,
  SITES,
  siteTotals,
  SPECIES,
  SurveyError,
  type SurveyImport,
} from "./surveys.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const FINAL = new Set(["accepted", "rejected"]);

/** The office page follows an import's checks as server-sent events. */
function stageStream(imp: SurveyImport): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const stop = new AbortController();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (stage: string) =>
        controller.enqueue(encoder.encode(`event: stage\ndata: ${stage}\n\n`));
      send(imp.stage);
      if (FINAL.has(imp.stage)) return controller.close();
      importEvents.addEventListener("stage", (e) => {
        const { ref, stage } = (e as CustomEvent<{ ref: string; stage: string }>).detail;
        if (ref !== imp.ref) return;
        send(stage);
        if (FINAL.has(stage)) {
          stop.abort();
          controller.close();
        }
      }, { signal: stop.signal });
    },
    cancel() {
      stop.abort();
    },
  });
}

function exportCsv(site: string): Response {
  const info = SITES.get(site)!;
  const text = csvLine(["site", "grid_ref", "species", "latin_name", "count"]) +
    siteTotals(site).map(([species, count]) =>
      csvLine([info.name, info.gridRef, species, SPECIES[species], count])
    ).join("");
  const gz = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Response(gz, {
    headers: {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="${site}-counts.csv.gz"`,
    },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [first, second, third] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (first === "sites" && third === "counts" && req.method === "POST") {
    if (!req.body) throw new SurveyError(400, "send the count sheet as text/csv");
    const ref = url.searchParams.get("ref") ?? crypto.randomUUID();
    const imp = await readCounts(second, ref, req.body);
    check(imp);
    return json(
      { ref, rows: imp.rows, rejected: imp.rejected, events: `/imports/${ref}/events` },
      202,
    );
  }
  if (first === "imports" && second) {
    const imp = findImport(second);
    if (!imp) throw new SurveyError(404, `no import ${second}`);
    if (third === "events") {
      return new Response(stageStream(imp), {
        headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
      });
    }
    return json(imp);
  }
  if (first === "sites" && second && SITES.has(second)) {
    if (third === "summary") {
      return json({
        site: second,
        ...SITES.get(second),
        totals: Object.fromEntries(siteTotals(second)),
      });
    }
    if (third === "export.csv.gz") return exportCsv(second);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`meadow surveys on :${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SurveyError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
});
