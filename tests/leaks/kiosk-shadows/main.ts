import { ShadowError, ShadowStore } from "./shadows.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const shadows = new ShadowStore();
shadows.create({
  id: "kiosk-lobby-01",
  site: "Central Station concourse",
  model: "TK-22 floor stand",
  desired: {
    brightness: 80,
    menuVersion: "2024.18",
    playlist: ["breakfast-loop", "meal-deal", "coffee-promo"],
    quietHours: { from: "23:00", to: "05:30" },
  },
});
shadows.report("kiosk-lobby-01", {
  brightness: 65,
  menuVersion: "2024.17",
  playlist: ["breakfast-loop", "meal-deal"],
  firmware: "7.4.1",
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(shadows.stats());
  if (url.pathname === "/kiosks" && req.method === "POST") {
    const body = await req.json();
    const shadow = shadows.create(body);
    return json({ id: shadow.id, version: shadow.version }, 201);
  }
  if (parts[0] !== "kiosks" || !parts[1]) return json({ error: "not found" }, 404);
  const id = parts[1];
  const rest = parts.slice(2).join("/");
  if (rest === "" && req.method === "GET") {
    const s = shadows.get(id);
    return json({ id: s.id, site: s.site, model: s.model, version: s.version });
  }
  if (rest === "shadow/desired" && req.method === "PATCH") {
    const s = shadows.updateDesired(id, await req.json());
    return json({ version: s.version, desired: s.desired });
  }
  if (rest === "shadow/reported" && req.method === "POST") {
    const s = shadows.report(id, await req.json());
    return json({ version: s.version });
  }
  if (rest === "shadow/delta" && req.method === "GET") return json(shadows.delta(id));
  if (rest === "decommission" && req.method === "POST") {
    shadows.decommission(id);
    return json({ id, decommissioned: true });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ShadowError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "bad JSON" }, 400);
    return json({ error: String(err) }, 500);
  }
});
console.log(`kiosk shadows on :${port}`);
