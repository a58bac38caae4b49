import { compose, requestInfo, ROOM_IDS, Tokens } from "./composition.ts";
import { ResolutionError } from "./container.ts";
import { ConflictError, ValidationError } from "./enrolments.ts";
import { NotFound } from "./repository.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const container = compose();

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function statusOf(err: unknown) {
  if (err instanceof ValidationError || err instanceof SyntaxError) return 400;
  if (err instanceof NotFound) return 404;
  if (err instanceof ConflictError) return 409;
  if (err instanceof ResolutionError) return 500;
  return 500;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });

  const scope = container.createScope();
  requestInfo.set(scope, { staff: req.headers.get("x-staff") ?? "office" });
  try {
    const service = scope.resolve(Tokens.service);
    if (url.pathname === "/enrolments" && req.method === "POST") {
      const e = service.apply(await req.json());
      return json(201, { id: e.id, status: e.status, appliedAt: e.appliedAt });
    }
    if (parts[0] === "enrolments" && parts[1] && parts.length === 2 && req.method === "GET") {
      const e = service.get(parts[1]);
      return json(200, {
        id: e.id,
        child: `${e.child.firstName} ${e.child.lastName}`,
        status: e.status,
        sessions: e.sessions,
        history: e.history,
      });
    }
    if (parts[0] === "enrolments" && parts[2] === "offer" && req.method === "POST") {
      const body = await req.json();
      const e = service.offer(parts[1], body.room, body.startDate);
      return json(200, {
        id: e.id,
        status: e.status,
        room: e.offeredRoom,
        fundedHours: e.fundedHours,
      });
    }
    if (parts[0] === "enrolments" && parts[2] === "accept" && req.method === "POST") {
      return json(200, service.accept(parts[1]));
    }
    if (url.pathname === "/rooms") return json(200, service.roomsFor(ROOM_IDS));
    if (url.pathname === "/stats") {
      const db = scope.resolve(Tokens.db);
      const register = scope.resolve(Tokens.register);
      return json(200, {
        open: db.count("Enrolment"),
        reads: db.reads,
        writes: db.writes,
        exported: register.sent,
        recent: register.recent,
        container: container.size,
      });
    }
    return json(404, { error: "not found" });
  } catch (err) {
    return json(statusOf(err), { error: (err as Error).message });
  } finally {
    await scope.dispose();
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
console.log(`nursery enrolments on :${port}`);
