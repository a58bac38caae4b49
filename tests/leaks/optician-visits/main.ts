import { Container } from "./container.ts";
import { Events } from "./events.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8934;

interface Visit {
  ref: string;
  patient: string;
  optometrist: string;
  kind: "eye-test" | "contact-lens-fit" | "collection";
  slot: string;
  bookedBy: string;
}

interface RequestInfo {
  requestId: string;
  store: string;
  staff: string;
  startedAt: number;
}

const OPTOMETRISTS: Record<string, string[]> = { "ams-kalverstraat": ["l.de-boer", "r.amrani"] };
const SLOTS = [
  "09:00",
  "09:30",
  "10:00",
  "10:30",
  "11:00",
  "11:30",
  "13:30",
  "14:00",
  "14:30",
  "15:00",
];

const visits = new Map<string, Visit>();
const reminders: { ref: string; patient: string; at: number }[] = [];
let warnings = 0;

const root = new Container();
const events = new Events();
root.value("events", events);
root.scoped("booking", (c) => {
  const info = c.get<RequestInfo>("request");
  return {
    book(input: Pick<Visit, "ref" | "patient" | "kind">): Visit {
      const staff = OPTOMETRISTS[info.store] ?? [];
      const taken = new Set([...visits.values()].map((v) => `${v.optometrist}@${v.slot}`));
      for (const slot of SLOTS) {
        const optometrist = staff.find((o) => !taken.has(`${o}@${slot}`));
        if (!optometrist) continue;
        const visit = { ...input, optometrist, slot, bookedBy: info.staff };
        visits.set(visit.ref, visit);
        c.get<Events>("events").raise("visit.booked", { ...visit, requestId: info.requestId });
        return visit;
      }
      throw new Error("fully booked");
    },
  };
});

events.on("visit.booked", ({ data }) => {
  reminders.push({ ref: String(data.ref), patient: String(data.patient), at: Date.now() });
  if (reminders.length > 40) reminders.shift();
});
events.on("visit.booked", ({ data }) => {
  if (data.kind === "contact-lens-fit" && !String(data.patient).startsWith("pat-")) {
    throw new Error(`no lens history for ${data.patient}`);
  }
});
events.on("visit.cancelled", () => warnings++);

async function handle(req: Request, url: URL, scope: Container): Promise<Response> {
  if (url.pathname === "/visits" && req.method === "POST") {
    const body = await req.json();
    const visit = scope.get<{ book: (b: typeof body) => Visit }>("booking").book(body);
    return Response.json(visit, { status: 201 });
  }
  const cancel = /^\/visits\/([\w-]+)\/cancel$/.exec(url.pathname);
  if (cancel && req.method === "POST") {
    const removed = visits.delete(cancel[1]);
    if (removed) events.raise("visit.cancelled", { ref: cancel[1] });
    return Response.json({ cancelled: removed });
  }
  if (url.pathname === "/visits" && req.method === "GET") {
    const failures = Object.fromEntries(events.failures);
    return Response.json({ open: visits.size, reminders: reminders.slice(-5), warnings, failures });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`optician-visits on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const scope = root.createScope().value<RequestInfo>("request", {
    requestId: req.headers.get("x-request-id") ?? crypto.randomUUID(),
    store: req.headers.get("x-store") ?? "ams-kalverstraat",
    staff: req.headers.get("x-staff") ?? "counter",
    startedAt: Date.now(),
  });
  try {
    return await handle(req, url, scope);
  } catch (err) {
    return Response.json({ error: (err as Error).message }, { status: 409 });
  } finally {
    scope.dispose();
  }
});
