import { geocode, geocoderStats } from "./geocoder.ts";
import { nearest, STORES } from "./stores.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });

export async function handler(req: Request): Promise<Response> {
  const url = new URL(req.url);
  try {
    switch (url.pathname) {
      case "/healthz":
        return json({ ok: true });
      case "/stores/nearest": {
        const address = url.searchParams.get("address");
        if (!address || address.length > 200) return json({ error: "address is required" }, 400);
        const limit = Math.min(Number(url.searchParams.get("limit") ?? 3), 10);
        const service = url.searchParams.get("service") ?? undefined;
        const origin = await geocode(address);
        return json({ origin, stores: nearest(origin.lat, origin.lng, { service, limit }) });
      }
      case "/stores":
        return json(STORES.map(({ id, name, opens, closes }) => ({ id, name, opens, closes })));
      case "/internal/geocoder":
        return json(geocoderStats());
      default:
        return json({ error: "not found" }, 404);
    }
  } catch (err) {
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
