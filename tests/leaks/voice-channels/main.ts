import { channels, newMember } from "./channels.ts";
import type { Member } from "./roster.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

/** Joins and leaves per channel today, for the admin page. */
const activity = new Map<string, { joins: number; leaves: number; peak: number }>();

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  try {
    const text = await req.text();
    return text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function counts(channelId: string) {
  let c = activity.get(channelId);
  if (!c) activity.set(channelId, c = { joins: 0, leaves: 0, peak: 0 });
  return c;
}

const CLIENTS = new Set(["desktop", "mobile", "web"]);

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/channels") {
    return json([...channels.values()].map((c) => ({
      id: c.id,
      name: c.name,
      members: c.roster.members.length,
      version: c.roster.version,
      ...counts(c.id),
    })));
  }
  if (parts[0] !== "channels" || !parts[1]) throw new HttpError(404, "not found");
  const channel = channels.get(parts[1]);
  if (!channel) throw new HttpError(404, `no channel ${parts[1]}`);
  const roster = channel.roster;

  if (parts[2] === "roster" && req.method === "GET") {
    const since = Number(url.searchParams.get("since") ?? -1);
    return json(roster.since(since));
  }
  if (parts[2] === "join" && req.method === "POST") {
    const body = await readBody(req);
    if (typeof body.user !== "string" || typeof body.name !== "string") {
      throw new HttpError(400, "user and name are required");
    }
    if (roster.members.length >= channel.limit) throw new HttpError(409, "channel is full");
    const client = CLIENTS.has(String(body.client)) ? body.client as Member["client"] : "web";
    roster.join(newMember(body.user, body.name, client));
    const c = counts(channel.id);
    c.joins++;
    c.peak = Math.max(c.peak, roster.members.length);
    return json({ version: roster.version, members: roster.members.length }, 201);
  }
  if (parts[2] === "leave" && req.method === "POST") {
    const body = await readBody(req);
    const left = roster.leave(String(body.user));
    if (left) counts(channel.id).leaves++;
    return json({ left, version: roster.version });
  }
  if (parts[2] === "members" && parts[3] && req.method === "PATCH") {
    const body = await readBody(req);
    const patch: Partial<Pick<Member, "muted" | "deafened" | "streaming">> = {};
    for (const key of ["muted", "deafened", "streaming"] as const) {
      if (typeof body[key] === "boolean") patch[key] = body[key];
    }
    try {
      const member = roster.update(parts[3], patch);
      return json({ member, version: roster.version });
    } catch (err) {
      if (err instanceof RangeError) throw new HttpError(404, err.message);
      throw err;
    }
  }
  throw new HttpError(404, "not found");
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`voice presence on :${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof HttpError) return json({ error: err.message }, err.status);
    return json({ error: String(err) }, 500);
  }
});
