import { Fleet } from "./fleet.ts";
import { validPoint } from "./geo.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

// Vans start their shift at the Trafford Park depot.
const fleet = new Fleet({ lat: 53.4632, lng: -2.3166 });

const SKILLS = new Set(["tyres", "batteries", "diagnostics", "clutch", "brakes", "ev"]);

async function body<T>(req: Request): Promise<T> {
  return await req.json() as T;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json(fleet.stats());

  if (url.pathname === "/vans/login" && req.method === "POST") {
    const b = await body<
      { van: string; reg: string; mechanic: string; phone: string; skills?: string[] }
    >(
      req,
    );
    if (!b.van || !b.mechanic) return Response.json({ error: "van and mechanic" }, { status: 400 });
    const skills = (b.skills ?? []).filter((s) => SKILLS.has(s));
    const van = fleet.logIn(b.van, b.reg, { name: b.mechanic, phone: b.phone, skills });
    if (!van) return Response.json({ error: "already on shift" }, { status: 409 });
    return Response.json({ van: van.id, at: { lat: van.lat, lng: van.lng } }, { status: 201 });
  }

  if (parts[0] === "vans" && parts[1] && req.method === "POST") {
    const van = fleet.onShift.get(parts[1]);
    if (parts[2] === "ping") {
      if (!van) return Response.json({ error: "not on shift" }, { status: 404 });
      const p = await body<{ lat: number; lng: number }>(req);
      if (!validPoint(p)) return Response.json({ error: "bad position" }, { status: 400 });
      fleet.ping(van, p.lat, p.lng);
      return new Response(null, { status: 204 });
    }
    if (parts[2] === "job") {
      if (!van) return Response.json({ error: "not on shift" }, { status: 404 });
      van.jobsToday++;
      return Response.json({ jobs: van.jobsToday });
    }
    if (parts[2] === "logoff") {
      const summary = fleet.logOff(parts[1]);
      return summary
        ? Response.json(summary)
        : Response.json({ error: "not on shift" }, { status: 404 });
    }
  }

  if (url.pathname === "/nearest") {
    const at = {
      lat: Number(url.searchParams.get("lat")),
      lng: Number(url.searchParams.get("lng")),
    };
    if (!validPoint(at)) return Response.json({ error: "lat and lng" }, { status: 400 });
    return Response.json(fleet.nearest(at, url.searchParams.get("skill") ?? undefined));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`mobile mechanics on :${port}`) },
  handle,
);
