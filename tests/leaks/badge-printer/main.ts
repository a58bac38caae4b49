import { type Badge, PrintQueue } from "./printer.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const queue = new PrintQueue();
const collator = new Intl.Collator("nl", { sensitivity: "base", ignorePunctuation: true });

/** Rendered badges by attendee, most recently used last (reprints skip the layout). */
const layouts = new Map<string, Badge>();
const LAYOUT_CACHE = 64;

/** Print times (ms) of the last 100 badges, for the desk's screen. */
const durations: number[] = [];

function layout(id: string, name: string, company: string, ticket: Badge["ticket"]): Badge {
  const hit = layouts.get(id);
  if (hit && hit.name === name && hit.company === company && hit.ticket === ticket) {
    layouts.delete(id);
    layouts.set(id, hit);
    return hit;
  }
  const [first, ...rest] = name.trim().split(/\s+/);
  const badge: Badge = {
    id,
    name,
    company,
    ticket,
    lines: [first.toUpperCase(), rest.join(" "), company, ticket === "attendee" ? "" : ticket],
  };
  layouts.delete(id);
  layouts.set(id, badge);
  if (layouts.size > LAYOUT_CACHE) layouts.delete(layouts.keys().next().value!);
  return badge;
}

async function print(badge: Badge, station: string) {
  const job = { id: crypto.randomUUID(), badge, station, queuedAt: Date.now() };
  const start = `print:${job.id}:start`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error("printer did not answer")), 5_000);
  performance.mark(start);
  try {
    const waiting = queue.printed(job.id, controller.signal);
    queue.submit(job);
    const done = await waiting;
    const measure = performance.measure(`print:${job.id}`, start);
    durations.push(measure.duration);
    if (durations.length > 100) durations.shift();
    return structuredClone(done);
  } finally {
    clearTimeout(timer);
    controller.abort();
    performance.clearMarks(start);
    performance.clearMeasures(`print:${job.id}`);
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "POST" && url.pathname === "/checkins") {
    const b = await req.json();
    if (!b.id || !b.name) return Response.json({ error: "id and name required" }, { status: 400 });
    const badge = layout(String(b.id), String(b.name), String(b.company ?? ""), b.ticket);
    const job = await print(badge, req.headers.get("x-station") ?? "desk-1");
    return Response.json({ job: job.id, lines: job.badge.lines, station: job.station });
  }

  if (url.pathname === "/desk") {
    const names = [...layouts.values()].map((b) => b.name).sort(collator.compare).slice(0, 10);
    const avg = durations.reduce((a, b) => a + b, 0) / (durations.length || 1);
    return Response.json({ ...queue.stats, cached: layouts.size, avgMs: avg, names });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`badge-printer on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => Response.json({ error: String(error) }, { status: 400 })));
