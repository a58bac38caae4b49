import { counterStats, isRostered, recordPickup } from "./counter.ts";
import { patient, patientStats } from "./patients.ts";
import { queueText, smsStats } from "./sms.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8893;

interface Prescription {
  id: string;
  patient: string;
  items: { drug: string; packs: number }[];
  readyAt: number;
  shelf: string;
}

const ready = new Map<string, Prescription>();
const SHELVES = ["A", "B", "C", "D", "E", "F"];

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/prescriptions" && req.method === "POST") {
    const body = await req.json() as Omit<Prescription, "readyAt" | "shelf">;
    if (!body.id || !body.patient || !Array.isArray(body.items) || !body.items.length) {
      return Response.json({ error: "id, patient, items" }, { status: 422 });
    }
    if (ready.has(body.id)) return Response.json({ error: "already ready" }, { status: 409 });
    const who = await patient(body.patient);
    const rx: Prescription = {
      id: body.id,
      patient: who.id,
      items: body.items.map(({ drug, packs }) => ({
        drug: String(drug),
        packs: Number(packs) || 1,
      })),
      readyAt: Date.now(),
      shelf: SHELVES[ready.size % SHELVES.length],
    };
    ready.set(rx.id, rx);
    if (who.prefersSms) queueText(who.phone, `Your prescription ${rx.id} is ready for pickup.`);
    return Response.json({ id: rx.id, shelf: rx.shelf }, { status: 201 });
  }
  const m = /^\/prescriptions\/([\w-]+)(\/collect)?$/.exec(url.pathname);
  if (m) {
    const rx = ready.get(m[1]);
    if (!rx) return Response.json({ error: "not ready or already collected" }, { status: 404 });
    if (!m[2]) return Response.json(rx);
    const { by } = await req.json() as { by: string };
    if (!isRostered(by)) {
      return Response.json({ error: "by: a pharmacist on duty" }, { status: 422 });
    }
    ready.delete(rx.id);
    recordPickup({ rx: rx.id, items: rx.items.length, by, at: Date.now() });
    return Response.json({ collected: rx.id });
  }
  if (url.pathname === "/pharmacy/status") {
    return Response.json({
      waiting: ready.size,
      ...counterStats(),
      sms: smsStats(),
      patients: patientStats(),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`pharmacy-pickups on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  return handle(req, url).catch((err) =>
    Response.json({ error: String(err?.message ?? err) }, { status: 500 })
  );
});
