import { type Priority, TicketDesk, TransitionError } from "./tickets.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const desk = new TicketDesk();
const PRIORITIES = new Set(["urgent", "high", "normal", "low"]);

function view(ticket: ReturnType<TicketDesk["open"]>) {
  return {
    ref: ticket.ref,
    subject: ticket.subject,
    state: ticket.state,
    priority: ticket.priority,
    assignee: ticket.assignee ?? null,
    messages: ticket.messages.length,
    firstResponseDueAt: new Date(ticket.firstResponseDueAt).toISOString(),
    breached: ticket.breached,
  };
}

async function route(req: Request, url: URL): Promise<Response> {
  if (req.method === "POST" && url.pathname === "/tickets") {
    const body = await req.json();
    if (typeof body.ref !== "string" || typeof body.subject !== "string") {
      return Response.json({ error: "ref and subject are required" }, { status: 400 });
    }
    const priority = PRIORITIES.has(body.priority) ? body.priority as Priority : "normal";
    const ticket = desk.open({
      ref: body.ref,
      subject: body.subject,
      from: String(body.from ?? "unknown"),
      body: String(body.body ?? ""),
      priority,
    });
    return Response.json(view(ticket), { status: 201 });
  }
  if (req.method === "GET" && url.pathname === "/tickets") {
    const state = url.searchParams.get("state") ?? undefined;
    const tickets = desk.list(state as Parameters<TicketDesk["list"]>[0]);
    return Response.json({ count: tickets.length, tickets: tickets.slice(0, 20).map(view) });
  }
  const events = /^\/tickets\/([\w.-]+)\/events$/.exec(url.pathname);
  if (req.method === "POST" && events) {
    const body = await req.json();
    const agent = req.headers.get("x-agent") ?? "system";
    const ticket = desk.apply(events[1], String(body.event), agent, body);
    return Response.json(view(ticket));
  }
  const one = /^\/tickets\/([\w.-]+)$/.exec(url.pathname);
  if (req.method === "GET" && one) {
    const ticket = desk.get(one[1]);
    return ticket
      ? Response.json(view(ticket))
      : Response.json({ error: "not found" }, { status: 404 });
  }
  if (req.method === "GET" && url.pathname === "/admin/stats") return Response.json(desk.stats());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    const status = err instanceof TransitionError ? err.status : 400;
    return Response.json({ error: (err as Error).message }, { status });
  }
});
