import { parseSpec, quoteCents } from "./artwork.ts";
import { dashboard, type PrintJob, printRun, type RunResult, type Step } from "./press.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8811;

const json = (body: unknown, status = 200) => Response.json(body, { status });
let seq = 0;

function newJob(b: Record<string, unknown>): PrintJob {
  const spec = parseSpec(b);
  if (!spec.customer || !spec.design) {
    throw Object.assign(new Error("customer and design required"), { status: 422 });
  }
  const job: PrintJob = {
    id: `J${Date.now().toString(36)}-${++seq}`,
    spec,
    stage: "queued",
    startedAt: Date.now(),
  };
  return job;
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/proofs" && req.method === "POST") {
    const job = newJob(await req.json());
    // The proof is the run's first step: render the artwork and let the customer approve it.
    const run = printRun(job);
    const step = run.next().value as Step & { stage: "proofed" };
    return json({ job: job.id, proof: step.artwork, priceCents: quoteCents(job.spec) }, 201);
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const job = newJob(await req.json());
    const run = printRun(job);
    const progress: string[] = [];
    let result: RunResult;
    for (;;) {
      const step = run.next();
      if (step.done) {
        result = step.value;
        break;
      }
      progress.push(step.value.stage);
    }
    return json({ job: job.id, progress, ...result, priceCents: quoteCents(job.spec) }, 201);
  }
  if (url.pathname === "/press") return json(dashboard());
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`sticker-proofs on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    const status = (err as { status?: number }).status ?? 400;
    return json({ error: String((err as Error).message ?? err) }, status);
  }
});
