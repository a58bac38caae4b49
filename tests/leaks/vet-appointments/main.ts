import { book, cancel, counts, getAppointment, getPet, HttpError } from "./clinic.ts";
import { exporter, type Handler, traced, tracer } from "./tracing.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8740;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

const routes: Route[] = [];

function on(method: string, path: string, handler: Handler) {
  const keys: string[] = [];
  const pattern = new RegExp(
    "^" + path.replace(/:(\w+)/g, (_, key: string) => {
      keys.push(key);
      return "([^/]+)";
    }) + "$",
  );
  routes.push({ method, pattern, keys, handler: traced(path, handler) });
}

on("POST", "/appointments", async (req) => {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") throw new HttpError(400, "expected a JSON object");
  return Response.json(await book(body), { status: 201 });
});

on("GET", "/appointments/:reference", async (_req, params) => {
  return Response.json(await getAppointment(params.reference));
});

on("POST", "/appointments/:reference/cancel", async (_req, params) => {
  const appointment = await cancel(params.reference);
  return Response.json({ reference: appointment.reference, status: appointment.status });
});

on("GET", "/pets/:id/vaccinations", async (_req, params) => {
  const pet = await getPet(params.id);
  return Response.json({ pet: pet.name, vaccinations: pet.vaccinations });
});

// deno-lint-ignore require-await -- handlers share one async signature
on("GET", "/internal/traces", async () => {
  return Response.json({
    exported: exporter.exported,
    active: tracer.stack.length,
    recent: exporter.recent().slice(-10).map((s) => ({
      trace: s.traceId,
      name: s.name,
      ms: s.endedAt === undefined ? null : Math.round(s.endedAt - s.startedAt),
      status: s.status,
    })),
    ...counts(),
  });
});

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`vet-appointments on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    for (const route of routes) {
      if (route.method !== req.method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const params = Object.fromEntries(route.keys.map((key, i) => [key, match[i + 1]]));
      return await route.handler(req, params);
    }
    return Response.json({ error: "not found" }, { status: 404 });
  } catch (err) {
    if (err instanceof HttpError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
