import { Rounds } from "./rounds.ts";
import { cacheSize, knownBreed, styleCard } from "./styles.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const rounds = new Rounds();
const DEPOT = { lat: 53.3981, lng: -2.1537 }; // Stockport

const bad = (error: string, status = 400) => Response.json({ error }, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({
      vans: rounds.vans.size,
      appointments: rounds.appointments.size,
      cells: rounds.index.cells.size,
      cards: cacheSize(),
      recent: rounds.recent().length,
    });
  }
  if (url.pathname === "/nearest") {
    return Response.json(
      rounds.nearest(Number(url.searchParams.get("lat")), Number(url.searchParams.get("lng"))),
    );
  }

  if (parts[0] === "vans" && parts[1] && req.method === "POST") {
    const id = parts[1];
    if (parts[2] === "start") {
      const b = await req.json() as { groomer?: string };
      if (!b.groomer) return bad("groomer");
      const van = rounds.start(id, b.groomer, DEPOT.lat, DEPOT.lng);
      return van ? Response.json({ van: id }, { status: 201 }) : bad("already out", 409);
    }
    const van = rounds.vans.get(id);
    if (!van) return bad("van not out", 404);
    if (parts[2] === "ping") {
      const b = await req.json() as { lat: number; lng: number };
      rounds.move(van, Number(b.lat), Number(b.lng));
      return new Response(null, { status: 204 });
    }
    if (parts[2] === "finish") return Response.json(rounds.finish(id));
  }

  if (url.pathname === "/appointments" && req.method === "POST") {
    const b = await req.json() as {
      id?: string;
      dog?: { name: string; breed: string; weightKg: number };
      owner?: { name: string; phone: string };
      at?: { lat: number; lng: number };
      service?: string;
      note?: string;
    };
    if (!b.id || !b.dog || !b.owner || !b.at) return bad("id, dog, owner and at");
    if (!knownBreed(b.dog.breed)) return bad(`we do not groom ${b.dog.breed} in the vans`, 422);
    const appt = rounds.book(
      { id: b.id, dog: b.dog, owner: b.owner, at: b.at, service: b.service ?? "full-groom" },
      b.note,
    );
    return appt
      ? Response.json({ id: appt.id, clip: appt.card.clip, minutes: appt.card.minutes }, {
        status: 201,
      })
      : bad("exists", 409);
  }

  const m = /^\/appointments\/([\w-]+)(?:\/(assign|complete|card))?$/.exec(url.pathname);
  if (m) {
    const [, id, action] = m;
    if (action === "assign" && req.method === "POST") {
      const { van } = await req.json() as { van: string };
      const appt = rounds.assign(id, van);
      return appt ? Response.json({ id, van }) : bad("cannot assign", 409);
    }
    if (action === "complete" && req.method === "POST") {
      return rounds.complete(id) ? Response.json({ id, state: "done" }) : bad("not assigned", 409);
    }
    const appt = rounds.appointments.get(id);
    if (!appt) return bad("not found", 404);
    if (action === "card") {
      return Response.json(styleCard(appt.dog.name, appt.dog.breed, appt.dog.weightKg));
    }
    return Response.json(appt);
  }
  return bad("not found", 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`dog grooming on :${port}`) },
  handle,
);
