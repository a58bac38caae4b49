import { type Drop, fridges, recordDrop, texts } from "./fridges.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (parts[0] !== "fridges" || !parts[1]) return json({ error: "not found" }, 404);
  const fridge = fridges.get(parts[1]);
  if (!fridge) return json({ error: "unknown fridge" }, 404);

  if (parts[2] === "drops" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body?.id || !Array.isArray(body.items)) return json({ error: "id and items" }, 422);
    const drop: Drop = {
      id: String(body.id),
      fridge: fridge.id,
      donor: String(body.donor ?? "anonymous"),
      items: body.items.map((i: Record<string, unknown>) => ({
        kind: String(i.kind),
        portions: Number(i.portions) || 1,
        useBy: String(i.useBy ?? ""),
      })),
      at: new Date().toISOString(),
    };
    recordDrop(fridge, drop);
    return json({ ok: true }, 201);
  }
  if (parts[2] === "board" && req.method === "GET") {
    return json({
      fridge: fridge.id,
      drops: fridge.feed.take(Number(url.searchParams.get("max") ?? 5)),
    });
  }
  if (parts.length === 2 && req.method === "GET") {
    return json({
      id: fridge.id,
      drops: fridge.drops,
      portions: fridge.portions,
      buffered: fridge.feed.size,
      filterLayers: fridge.notified.layers,
      texts,
    });
  }
  return json({ error: "not found" }, 404);
}
