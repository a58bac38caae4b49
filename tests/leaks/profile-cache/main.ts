import { getProfile, profileCache, updateProfile } from "./profiles.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const PROFILE = /^\/profiles\/([\w-]+)$/;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/debug/cache") return Response.json(profileCache.stats());
  const m = PROFILE.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  if (req.method === "PATCH") {
    updateProfile(m[1], await req.json());
    return new Response(null, { status: 204 });
  }
  const profile = await getProfile(m[1]);
  const { bio: _bio, ...card } = profile;
  return Response.json(url.searchParams.get("view") === "card" ? card : profile);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`profile service listening on 127.0.0.1:${port}`),
}, handle);
