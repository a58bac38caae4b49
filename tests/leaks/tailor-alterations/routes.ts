import { benchBoard, findBench } from "./benches.ts";
import { findJob, finish, type JobRequest, overview, takeIn, workQueue } from "./jobs.ts";

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function valid(body: Partial<JobRequest> | null): body is JobRequest {
  return !!body && /^A-[\w-]+$/.test(body.id ?? "") && !!body.customer?.name &&
    !!body.garment?.kind && Array.isArray(body.work) && body.work.length > 0 &&
    /^\d{4}-\d{2}-\d{2}$/.test(body.promisedFor ?? "");
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  const [section, id, action, ...rest] = url.pathname.split("/").slice(1);
  const post = req.method === "POST";

  if (url.pathname === "/alterations" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!valid(body)) return json({ error: "id, customer, garment, work and promisedFor" }, 422);
    const job = takeIn(body);
    return typeof job === "string" ? json({ error: job }, 409) : json(job.view(), 201);
  }

  if (section === "benches" && action === "next" && !rest.length && post) {
    const bench = findBench(id);
    if (!bench) return json({ error: "no such bench" }, 404);
    const job = workQueue.claimNext(bench.skills);
    if (!job) return new Response(null, { status: 204 });
    job.bench = bench.id;
    bench.current = job.id;
    return json(job.view());
  }

  if (section === "alterations" && id && action === "done" && !rest.length && post) {
    const job = findJob(id);
    if (!job) return json({ error: "no such open job" }, 404);
    const bench = job.bench ? findBench(job.bench) : undefined;
    if (bench) {
      bench.finished++;
      if (bench.current === job.id) bench.current = undefined;
    }
    finish(job);
    return json(job.view());
  }

  if (section === "alterations" && id && !action && req.method === "GET") {
    const job = findJob(id);
    return job ? json(job.view()) : json({ error: "no such open job" }, 404);
  }

  if (url.pathname === "/queue" && req.method === "GET") {
    return json({ ...overview(), benches: benchBoard() });
  }
  return json({ error: "not found" }, 404);
}
