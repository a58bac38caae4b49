import { type LabResult, ResultRouter } from "./router.ts";
import { ClinicianSession } from "./session.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const router = new ResultRouter();
const sessions = new Map<string, ClinicianSession>();

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new HttpError(400, "bad JSON");
  }
}

function sessionFor(id: string): ClinicianSession {
  const session = sessions.get(id);
  if (!session) throw new HttpError(404, `no session ${id}`);
  return session;
}

interface SignIn {
  session: string;
  clinician: string;
  name: string;
  ward: string;
  device?: string;
}

function signIn(req: SignIn): ClinicianSession {
  if (!req.session || !req.clinician) throw new HttpError(400, "session and clinician required");
  const existing = sessions.get(req.session);
  if (existing) return existing;
  const session = new ClinicianSession(
    req.session,
    req.clinician,
    req.name,
    req.ward,
    req.device ?? "unknown",
  );
  sessions.set(session.id, session);
  router.subscribe(session.onResult);
  return session;
}

function signOut(id: string): void {
  const session = sessionFor(id);
  router.unsubscribe(session.onResult);
  sessions.delete(id);
}

function normaliseResult(raw: Partial<LabResult>): LabResult {
  if (!raw.id || !raw.mrn || !raw.orderedBy || typeof raw.value !== "number") {
    throw new HttpError(400, "id, mrn, orderedBy and a numeric value are required");
  }
  return {
    id: raw.id,
    mrn: raw.mrn,
    patientName: raw.patientName ?? "",
    test: raw.test ?? "",
    loinc: raw.loinc ?? "",
    value: raw.value,
    unit: raw.unit ?? "",
    referenceRange: raw.referenceRange ?? "",
    flag: raw.flag ?? "N",
    orderedBy: raw.orderedBy,
    ward: raw.ward ?? "",
    lab: raw.lab ?? "",
    comment: raw.comment,
    resultedAt: raw.resultedAt ?? new Date().toISOString(),
    receivedAt: Date.now(),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") {
    return json(200, { sessions: sessions.size, ...router.stats() });
  }
  if (url.pathname === "/sessions" && req.method === "POST") {
    const session = signIn(await body<SignIn>(req));
    return json(201, { session: session.id, openedAt: session.openedAt });
  }
  if (url.pathname === "/results" && req.method === "POST") {
    const result = normaliseResult(await body<Partial<LabResult>>(req));
    const delivered = router.publish(result);
    return json(202, { id: result.id, delivered });
  }
  if (parts[0] === "sessions" && parts[1]) {
    if (parts[2] === "inbox" && req.method === "GET") {
      const limit = Number(url.searchParams.get("limit") ?? 10);
      return json(200, sessionFor(parts[1]).view(limit));
    }
    if (parts[2] === "ack" && req.method === "POST") {
      const { result } = await body<{ result: string }>(req);
      return json(200, { acknowledged: sessionFor(parts[1]).acknowledge(result) });
    }
    if (parts[2] === "logout" && req.method === "POST") {
      signOut(parts[1]);
      return json(200, { ok: true });
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
