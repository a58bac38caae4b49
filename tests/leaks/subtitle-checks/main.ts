import { checkerStats, checkFile, type FileReport } from "./checker.ts";
import type { Cue } from "./rules.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

/** Reports of the files checked lately, for the QC editor's review screen. */
const REPORTS_KEPT = 20;
const reports = new Map<string, FileReport>();

function keep(report: FileReport) {
  reports.delete(report.file);
  reports.set(report.file, report);
  while (reports.size > REPORTS_KEPT) reports.delete(reports.keys().next().value!);
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({ reports: reports.size, ...checkerStats() });
  }
  const m = /^\/files\/([\w.-]+)\/(check|report)$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const [, file, action] = m;

  if (action === "check" && req.method === "POST") {
    const body = await req.json() as { language?: string; cues?: Cue[] };
    if (!Array.isArray(body.cues) || body.cues.some((c) => typeof c?.text !== "string")) {
      return Response.json({ error: "cues: [{start, end, text}]" }, { status: 400 });
    }
    const report = checkFile(file, body.language ?? "en-GB", body.cues);
    keep(report);
    return Response.json({ file, errors: report.errors, warnings: report.warnings });
  }
  const report = reports.get(file);
  return report ? Response.json(report) : Response.json({ error: "not checked" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`subtitle QC on :${port}`) },
  handle,
);
