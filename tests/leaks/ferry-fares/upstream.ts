// Stand-ins for the two ferry operators' APIs, served in-process for local development:
// NorthLink answers by route code, IsleFerry by port pair and day.

const PORTS: Record<string, string> = {
  ABZ: "Aberdeen",
  KWL: "Kirkwall",
  LWK: "Lerwick",
  SCR: "Scrabster",
  STR: "Stromness",
};

function sailingsFor(from: string, to: string, date: string, operator: string, base: number) {
  const seed = [...`${from}${to}${date}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return [0, 1, 2].map((n) => ({
    id: `${operator.slice(0, 2).toUpperCase()}-${from}${to}-${date.replaceAll("-", "")}-${n}`,
    departs: `${date}T${String(7 + n * 5).padStart(2, "0")}:${n === 1 ? "30" : "00"}:00Z`,
    durationMinutes: 90 + ((seed >>> n) % 400),
    adultFarePence: base + ((seed >>> (n + 3)) % 2500),
    seatsLeft: (seed >>> (n + 5)) % 120,
  }));
}

export function startUpstream(): Promise<string> {
  return new Promise((resolve) => {
    Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) => resolve(`http://127.0.0.1:${port}`),
    }, (req) => {
      const url = new URL(req.url);
      const q = url.searchParams;
      if (url.pathname === "/northlink/sailings") {
        const [from, to] = (q.get("route") ?? "").split("-");
        if (!PORTS[from] || !PORTS[to]) return Response.json({ error: "route" }, { status: 404 });
        return Response.json({
          route: `${from}-${to}`,
          sailings: sailingsFor(from, to, q.get("date") ?? "", "northlink", 3400),
        });
      }
      if (url.pathname === "/isleferry/v2/departures") {
        const from = q.get("from") ?? "", to = q.get("to") ?? "";
        if (!PORTS[from] || !PORTS[to]) return Response.json({ departures: [] });
        const departures = sailingsFor(from, to, q.get("day") ?? "", "isleferry", 2900).map((
          s,
        ) => ({
          ref: s.id,
          time: s.departs,
          mins: s.durationMinutes,
          price: { adult: s.adultFarePence / 100, currency: "GBP" },
          capacity: s.seatsLeft,
        }));
        return Response.json({ departures });
      }
      return new Response("not found", { status: 404 });
    });
  });
}

export const portNames = PORTS;
