import { catalogue } from "./catalogue.ts";
import { packetStats } from "./packets.ts";
import { finish, LibraryError, packet, schedule } from "./rehearsals.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const PACKET = /^\/rehearsals\/([\w-]+)\/parts\/([\w-]+)\/([\w-]+)$/;
const FINISH = /^\/rehearsals\/([\w-]+)\/finish$/;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/catalogue") {
    return json({ revision: catalogue.revision, packets: packetStats() });
  }
  if (req.method === "POST" && url.pathname === "/catalogue/publish") {
    const { edits } = await req.json();
    return json({ revision: catalogue.publish(edits ?? []) });
  }
  if (req.method === "POST" && url.pathname === "/rehearsals") {
    return json(schedule(await req.json()), 201);
  }
  const p = PACKET.exec(url.pathname);
  if (req.method === "GET" && p) {
    const desk = Number(url.searchParams.get("desk") ?? 1);
    return json(packet(p[1], p[2], p[3], desk));
  }
  const f = FINISH.exec(url.pathname);
  if (req.method === "POST" && f) return json(finish(f[1]));
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`orchestra library on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await route(req, new URL(req.url));
  } catch (err) {
    if (err instanceof LibraryError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "invalid JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
});
