import { logDive, NotFound, settingsOf, summary, undoSettings, updateSettings } from "./divers.ts";
import { SettingsError } from "./settings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const DIVER = /^\/divers\/(D-\d+)(?:\/(settings|settings\/undo|dives))?$/;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  const m = DIVER.exec(url.pathname);
  if (!m) return json({ error: "not found" }, 404);
  const [, id, sub] = m;
  const user = req.headers.get("x-user") ?? "app";

  if (!sub && req.method === "GET") return json(summary(id));
  if (sub === "settings" && req.method === "GET") return json(settingsOf(id));
  if (sub === "settings" && req.method === "PATCH") {
    return json(updateSettings(id, await req.json(), user));
  }
  if (sub === "settings/undo" && req.method === "POST") return json(undoSettings(id));
  if (sub === "dives" && req.method === "POST") return json(logDive(id, await req.json()), 201);
  return json({ error: "method not allowed" }, 405);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`dive log api on :${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof NotFound || err instanceof SettingsError) {
      return json({ error: err.message }, err.status);
    }
    if (err instanceof SyntaxError) return json({ error: "invalid JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
});
