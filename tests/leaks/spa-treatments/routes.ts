import type { VisitState } from "./lifecycle.ts";
import {
  assignTherapist,
  charge,
  dayReport,
  findTreatment,
  freeRoom,
  occupyRoom,
} from "./treatments.ts";
import { createVisitTracker, TransitionError, Visit } from "./visits.ts";

const tracker = createVisitTracker({
  booked: (visit) => occupyRoom(visit.treatment.room),
  completed: (visit) => {
    freeRoom(visit.treatment.room);
    charge(visit.therapist, visit.treatment);
  },
  cancelled: (visit) => freeRoom(visit.treatment.room),
  no_show: (visit) => {
    freeRoom(visit.treatment.room);
    charge(visit.therapist, visit.treatment, 0.5);
  },
});

/** The reception desk's actions and the state each one moves a visit to. */
const ACTIONS: Record<string, VisitState> = {
  "check-in": "checked_in",
  start: "in_treatment",
  complete: "completed",
  cancel: "cancelled",
  "no-show": "no_show",
};

const json = (body: unknown, status = 200) => Response.json(body, { status });

// deno-lint-ignore no-explicit-any
function book(body: any): Visit | string {
  const id = String(body?.id ?? "").trim();
  if (!id) return "a booking reference is required";
  if (tracker.find(id)) return `booking ${id} already exists`;
  const treatment = findTreatment(String(body.treatment ?? ""));
  if (!treatment) return "unknown treatment";
  const guest = body.guest ?? {};
  if (!guest.name || !String(guest.email ?? "").includes("@")) {
    return "guest name and e-mail are required";
  }
  const startsAt = String(body.startsAt ?? "");
  const visit = new Visit(
    id,
    { name: String(guest.name), email: String(guest.email), phone: guest.phone },
    treatment,
    assignTherapist(treatment, String(guest.name)),
    startsAt,
    String(body.notes ?? ""),
  );
  return tracker.open(visit);
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/board" && req.method === "GET") return json(tracker.board());
  if (url.pathname === "/report" && req.method === "GET") return json(dayReport());

  if (url.pathname === "/visits" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    const result = book(body);
    if (typeof result === "string") return json({ error: result }, 422);
    return json({ id: result.id, therapist: result.therapist, state: result.state }, 201);
  }

  // POST /visits/:id/:action
  if (parts.length === 3 && parts[0] === "visits" && req.method === "POST") {
    const to = ACTIONS[parts[2]];
    if (!to) return json({ error: "unknown action" }, 404);
    const visit = tracker.find(parts[1]);
    if (!visit) return json({ error: "no such visit today" }, 404);
    const by = req.headers.get("x-desk-user") ?? "reception";
    try {
      tracker.move(visit, to, by);
    } catch (err) {
      if (err instanceof TransitionError) return json({ error: err.message }, 409);
      throw err;
    }
    return json({ id: visit.id, state: visit.state });
  }

  return json({ error: "not found" }, 404);
}
