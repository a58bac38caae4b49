import { findStaff, roleEvents, setRoles } from "./directory.ts";
import { closeSession, openSession, sessionCount, sessionFor } from "./sessions.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

// The SSO proxy in front of the back office sets x-staff and x-desk on every request.
function who(req: Request) {
  return { staffId: req.headers.get("x-staff") ?? "", desk: req.headers.get("x-desk") ?? "" };
}

async function handle(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") {
    return json(200, {
      sessions: sessionCount(),
      listeners: roleEvents.listenerCount("roles-changed"),
    });
  }

  if (url.pathname === "/sessions" && req.method === "POST") {
    const { staffId, desk } = who(req);
    const session = openSession(staffId, {
      desk,
      userAgent: req.headers.get("user-agent") ?? "",
      ip: (info.remoteAddr as Deno.NetAddr).hostname,
    });
    if (!session) return json(403, { error: "unknown staff member" });
    return json(201, session.describe());
  }
  if (url.pathname === "/sessions/logout" && req.method === "POST") {
    const { staffId, desk } = who(req);
    return json(closeSession(staffId, desk) ? 200 : 404, { closed: true });
  }
  if (url.pathname === "/me/permissions") {
    const { staffId, desk } = who(req);
    const session = sessionFor(staffId, desk);
    if (!session) return json(401, { error: "not signed in" });
    return json(200, session.describe());
  }

  // PATCH /staff/:id/roles — admins only
  if (parts[0] === "staff" && parts[2] === "roles" && req.method === "PATCH") {
    const { staffId, desk } = who(req);
    const session = sessionFor(staffId, desk);
    if (!session?.can("roles:write")) return json(403, { error: "roles:write needed" });
    if (!findStaff(parts[1])) return json(404, { error: "no such staff member" });
    const b = await req.json().catch(() => ({}));
    const roles = Array.isArray(b.roles) ? b.roles.map(String) : [];
    const updated = setRoles(parts[1], roles, session.staff.id);
    return json(200, { id: updated.id, roles: updated.roles });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
