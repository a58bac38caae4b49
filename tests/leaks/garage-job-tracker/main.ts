import { db } from "./db.ts";
import { createChangeTracker } from "./tracker.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8092;

const tracker = createChangeTracker(db);
const STATUSES = ["booked", "in-progress", "awaiting-parts", "done", "collected"];

async function jobCard(id: string): Promise<Response> {
  const job = await tracker.load("jobs", id);
  if (!job) return Response.json({ error: `no job ${id}` }, { status: 404 });
  const parts = await tracker.partsFor(id);
  const partsCents = parts.reduce((sum, p) => sum + Number(p.priceCents) * Number(p.qty), 0);
  return Response.json({ ...job, parts, estimate: { partsCents, labourCents: 8500 } });
}

async function updateJob(id: string, req: Request): Promise<Response> {
  const patch = await req.json().catch(() => null);
  if (!patch || (patch.status && !STATUSES.includes(patch.status))) {
    return Response.json({ error: "bad patch" }, { status: 400 });
  }
  const job = await tracker.load("jobs", id);
  if (!job) return Response.json({ error: `no job ${id}` }, { status: 404 });
  if (patch.status) job.status = patch.status;
  if (patch.mechanic) job.mechanic = patch.mechanic;
  if (patch.status === "done") {
    for (const part of await tracker.partsFor(id)) part.fitted = true;
  }
  const saved = await tracker.saveChanges();
  return Response.json({ id, status: job.status, version: job.version, saved });
}

async function route(req: Request, url: URL): Promise<Response> {
  const m = /^\/jobs\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") return await jobCard(m[1]);
  if (m && req.method === "PATCH") return await updateJob(m[1], req);
  if (url.pathname === "/debug/pending-writes") {
    return Response.json({ dirty: tracker.dirty().length });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String(err) }, { status: 500 });
  }
});
