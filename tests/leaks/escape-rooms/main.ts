import { book, finish, profile, sendHint, status } from "./games.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8088;

const GAME = new URLPattern({ pathname: "/games/:ref/:action" });
const TEAM = new URLPattern({ pathname: "/teams/:team" });

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/games" && req.method === "POST") {
    const b = await req.json();
    return Response.json(book(b.ref, b.team, Number(b.players) || 4, b.start), { status: 201 });
  }
  const g = GAME.exec(url);
  if (g && req.method === "POST") {
    const { ref, action } = g.pathname.groups as { ref: string; action: string };
    const b = await req.json().catch(() => ({}));
    if (action === "hints") return Response.json(sendHint(ref, String(b.text ?? "")));
    if (action === "finish") {
      return Response.json(await finish(ref, Boolean(b.escaped), Number(b.seconds) || 3600));
    }
  }
  const t = TEAM.exec(url);
  if (t && req.method === "GET") return Response.json(await profile(t.pathname.groups.team!));
  if (url.pathname === "/status") return Response.json(status());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`escape-rooms on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (e) {
    return Response.json({ error: (e as Error).message }, { status: 409 });
  }
});
