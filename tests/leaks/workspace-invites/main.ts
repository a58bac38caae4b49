import {
  accept,
  invite,
  InviteError,
  removeMember,
  revokeInvite,
  type Role,
  summary,
} from "./workspaces.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;
const ROLES = new Set<Role>(["admin", "member", "guest"]);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (parts[0] !== "workspaces" || !parts[1]) return json(404, { error: "not found" });
  const ws = parts[1];
  const actor = req.headers.get("x-user") ?? "";
  if (parts.length === 2) return json(200, summary(ws));

  const b = req.method === "GET" ? {} : await req.json().catch(() => ({}));
  const email = String(b.email ?? "");
  switch (`${req.method} ${parts.slice(2).join("/")}`) {
    case "POST invites": {
      const role = ROLES.has(b.role) ? b.role : "member";
      const inv = invite(ws, actor, email, role, b.message);
      return json(201, { email: inv.email, role: inv.role });
    }
    case "POST invites/accept":
      return json(200, accept(ws, email));
    case "POST invites/revoke":
      return json(revokeInvite(ws, actor, email) ? 200 : 404, { email });
    case "POST members/remove":
      return json(removeMember(ws, actor, email) ? 200 : 404, { email });
  }
  return json(404, { error: "not found" });
}

async function handle(req: Request): Promise<Response> {
  try {
    return await route(req);
  } catch (e) {
    if (e instanceof InviteError) return json(e.status, { error: e.message });
    return json(500, { error: (e as Error).message });
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
