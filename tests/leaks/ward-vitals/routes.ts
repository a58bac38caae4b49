import { notifierStats } from "./notifier.ts";
import { admit, discharge, findPatient, recordVitals, wardBoard } from "./ward.ts";
import { type Channel, watchList } from "./watch_list.ts";

const PATIENT = /^\/patients\/(P-[\w-]+)\/(watchers|vitals|discharge)$/;
const WARD = /^\/ward\/([\w-]+)$/;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (req.method === "GET" && pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && pathname === "/notifications") return json(notifierStats());
  const ward = WARD.exec(pathname);
  if (ward && req.method === "GET") return json(wardBoard(ward[1]));
  if (req.method !== "POST") return json({ error: "not found" }, 404);

  let body: Record<string, unknown>;
  try {
    body = await req.json();
  } catch {
    return json({ error: "invalid JSON" }, 400);
  }

  if (pathname === "/patients") {
    const { id, name, species, breed, reason } = body as Record<string, string>;
    const owner = body.owner as { name?: string; phone?: string } | undefined;
    if (!/^P-[\w-]+$/.test(id ?? "") || !name || !species || !owner?.name || !owner.phone) {
      return json({ error: "id, name, species and owner" }, 422);
    }
    const result = admit({
      id,
      name,
      species,
      breed,
      owner: { name: owner.name, phone: owner.phone },
      reason: reason ?? "",
      ward: String(body.ward ?? ""),
    });
    return typeof result === "string" ? json({ error: result }, 409) : json(result, 201);
  }

  const m = PATIENT.exec(pathname);
  if (!m) return json({ error: "not found" }, 404);
  const patient = findPatient(m[1]);
  if (!patient) return json({ error: "not admitted" }, 404);

  if (m[2] === "watchers") {
    const channel = body.channel as Channel;
    if ((channel !== "sms" && channel !== "email") || typeof body.to !== "string") {
      return json({ error: "channel (sms or email) and to" }, 422);
    }
    return json(watchList.add(patient.id, String(body.name ?? body.to), channel, body.to), 201);
  }
  if (m[2] === "vitals") {
    const { heartRate, respRate, tempC, painScore } = body;
    if (!isNumber(heartRate) || !isNumber(respRate) || !isNumber(tempC) || !isNumber(painScore)) {
      return json({ error: "heartRate, respRate, tempC and painScore" }, 422);
    }
    const by = String(body.by ?? "ward");
    return json(recordVitals(patient, { heartRate, respRate, tempC, painScore, by }), 201);
  }
  discharge(patient, String(body.by ?? "the vet"), String(body.instructions ?? ""));
  return json({ id: patient.id, discharged: true });
}
