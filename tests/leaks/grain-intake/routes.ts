import {
  farmerName,
  gradeLoad,
  IntakeError,
  receiveLoad,
  siloLevels,
  store,
  yardSize,
} from "./intake.ts";
import type { LabSample, WeighbridgeTicket } from "./intake.ts";
import { statements } from "./statements.ts";

const GRADE = new URLPattern({ pathname: "/loads/:ticket/grade" });
const STATEMENT = new URLPattern({ pathname: "/farmers/:farmer/statement" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function body<T>(req: Request): Promise<T | null> {
  return await req.json().catch(() => null) as T | null;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/loads" && req.method === "POST") {
    const ticket = await body<WeighbridgeTicket>(req);
    if (!ticket?.ticket || typeof ticket.grossKg !== "number") {
      return json({ error: "ticket, farmer, crop, grossKg and tareKg are required" }, 400);
    }
    return json(receiveLoad(ticket), 201);
  }

  const grade = GRADE.exec(url);
  if (grade && req.method === "POST") {
    const sample = await body<LabSample>(req);
    if (!sample) return json({ error: "invalid JSON" }, 400);
    return json(gradeLoad(grade.pathname.groups.ticket!, sample));
  }

  const statement = STATEMENT.exec(url);
  if (statement && req.method === "GET") {
    const farmer = statement.pathname.groups.farmer!;
    const name = farmerName(farmer);
    if (!name) return json({ error: "no such member" }, 404);
    const current = statements.forFarmer(farmer);
    return json({
      name,
      ...(current ?? { farmer, loads: 0, deliveredKg: 0, payableKg: 0, amountCents: 0 }),
      asOf: statements.checkpoint,
    });
  }

  if (url.pathname === "/silos" && req.method === "GET") {
    return json({ bins: siloLevels(), yard: yardSize(), logPosition: store.position });
  }
  return json({ error: "not found" }, 404);
}

export async function handle(req: Request): Promise<Response> {
  try {
    return await route(req, new URL(req.url));
  } catch (err) {
    if (err instanceof IntakeError) return json({ error: err.message }, err.status);
    throw err;
  }
}
