import { renderBlocks } from "./blocks.ts";
import { byId, type Listing, search } from "./listings.ts";
import { withContext } from "./template.ts";

const AREA_NAMES: Record<string, string> = {
  "oud-west": "Oud-West",
  "de-pijp": "De Pijp",
  "noord": "Amsterdam-Noord",
  "ijburg": "IJburg",
};

// Homes a known subscriber looked at (from the website's tracking; a sample here).
const VIEWED = new Map<string, string[]>([
  ["s-1001", ["L-4101", "L-4105", "L-4109"]],
  ["s-1002", ["L-4110"]],
]);

let sent = 0;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true, sent });
  if (url.pathname !== "/alerts/preview" || req.method !== "POST") {
    return json({ error: "not found" }, 404);
  }

  const body = await req.json().catch(() => null);
  const area = String(body?.area ?? "");
  if (!body || !AREA_NAMES[area] || !String(body.email ?? "").includes("@")) {
    return json({ error: "a known area and an email address are required" }, 400);
  }
  const subscriber = String(body.subscriber ?? "");
  const maxPrice = Number(body.maxPrice ?? 600_000);
  const bedrooms = Number(body.bedrooms ?? 1);
  const recentlyViewed = (VIEWED.get(subscriber) ?? []).map(byId)
    .filter((l): l is Listing => l !== undefined);

  const alert = {
    subscriber,
    email: String(body.email),
    firstName: String(body.name ?? "there").split(" ")[0],
    area,
    areaName: AREA_NAMES[area],
    maxPriceText: `€ ${maxPrice.toLocaleString("nl-NL")}`,
    matches: search(area, maxPrice, bedrooms),
    recentlyViewed,
    unsubscribeToken: crypto.randomUUID(),
    requestedAt: new Date().toISOString(),
  };
  const html = withContext(alert, renderBlocks);
  sent++;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
