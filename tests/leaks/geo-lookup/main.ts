import { reverseGeocode } from "./geocode.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

function coordinate(value: string | null, limit: number): number | null {
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`geo-lookup listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/reverse" && req.method === "GET") {
    const lat = coordinate(url.searchParams.get("lat"), 90);
    const lon = coordinate(url.searchParams.get("lon"), 180);
    if (lat === null || lon === null) {
      return Response.json({ error: "lat and lon are required" }, { status: 400 });
    }
    return Response.json(reverseGeocode(lat, lon));
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
