import { Container } from "./di.ts";
import { type Appointment, CLINICS, registerServices, RuleViolation, TOKENS } from "./services.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8933;

const container = new Container();
registerServices(container);

function requestScope(req: Request, info: Deno.ServeHandlerInfo): Container {
  const clinic = CLINICS[req.headers.get("x-clinic") ?? "utr-centrum"];
  if (!clinic) throw new RuleViolation("unknown clinic");
  const scope = container.createScope();
  scope.bind(TOKENS.requestContext).toValue({
    requestId: req.headers.get("x-request-id") ?? crypto.randomUUID(),
    clinicId: clinic.id,
    staff: { id: req.headers.get("x-staff") ?? "frontdesk", role: "assistant" },
    ip: (info.remoteAddr as Deno.NetAddr).hostname,
    userAgent: req.headers.get("user-agent") ?? "",
    startedAt: Date.now(),
  });
  return scope;
}

async function handle(req: Request, url: URL, scope: Container): Promise<Response> {
  if (url.pathname === "/appointments" && req.method === "POST") {
    const body = await req.json() as Omit<Appointment, "bookedBy" | "clinician" | "start">;
    const appointment = scope.get(TOKENS.scheduler).schedule(body);
    return Response.json(appointment, { status: 201 });
  }
  const cancel = /^\/appointments\/([\w-]+)\/cancel$/.exec(url.pathname);
  if (cancel && req.method === "POST") {
    return Response.json({ cancelled: scope.get(TOKENS.book).cancel(cancel[1]) });
  }
  const chair = /^\/chairs\/([\w-]+)\/agenda$/.exec(url.pathname);
  if (chair && req.method === "GET") {
    const agenda = scope.get(TOKENS.book).onChair(chair[1]);
    return Response.json({ chair: chair[1], appointments: agenda.map((a) => a.ref) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`dental-scheduling on http://${hostname}:${port}`),
}, async (req, info) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  let scope: Container | undefined;
  try {
    scope = requestScope(req, info);
    return await handle(req, url, scope);
  } catch (err) {
    if (err instanceof RuleViolation) return Response.json({ error: err.message }, { status: 409 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  } finally {
    scope?.dispose();
  }
});
