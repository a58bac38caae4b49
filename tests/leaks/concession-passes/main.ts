import { ApplicationDesk } from "./applications.ts";
import { isPassType } from "./fees.ts";
import type { MachineEvent } from "./vendor/mini-actors/mod.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const desk = new ApplicationDesk();

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json(desk.stats());
  const [kind, ref, action] = url.pathname.split("/").filter(Boolean);
  if (kind !== "applications") return Response.json({ error: "not found" }, { status: 404 });

  if (!ref && req.method === "POST") {
    const body = await req.json();
    if (!body.ref || !isPassType(body.type) || !body.applicant?.name) {
      return Response.json({ error: "ref, type and applicant required" }, { status: 422 });
    }
    if (desk.get(body.ref)) return Response.json({ error: "already open" }, { status: 409 });
    const actor = desk.start({ ...body, channel: body.channel ?? "online" });
    const { value, context } = actor.snapshot;
    return Response.json({ ref: body.ref, state: value, fee: context.fee }, { status: 201 });
  }

  if (action === "events" && req.method === "POST") {
    const actor = desk.get(ref);
    if (!actor) return Response.json({ error: "no open application" }, { status: 404 });
    const event = await req.json() as MachineEvent;
    if (!actor.send(event)) {
      return Response.json({ error: `${event.type} not allowed now` }, { status: 409 });
    }
    const { value, status } = actor.snapshot;
    return Response.json({ ref, state: value, status });
  }

  if (!action && req.method === "GET") {
    const actor = desk.get(ref);
    if (actor) {
      const { value, context } = actor.snapshot;
      return Response.json({ ref, state: value, fee: context.fee, history: context.history });
    }
    const outcome = desk.finished(ref);
    return outcome
      ? Response.json(outcome)
      : Response.json({ error: "not found" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`concession passes on :${port}`) },
  handle,
);
