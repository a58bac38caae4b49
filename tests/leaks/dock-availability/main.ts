import { endRental, recent, RentalError, startRental } from "./rentals.ts";
import { stations } from "./stations.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8844;

async function handle(req: Request, url: URL): Promise<Response> {
  const rental = /^\/rentals\/([\w-]+)$/.exec(url.pathname);
  if (rental && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body?.station || !body?.member) throw new RentalError(400, "station and member required");
    return Response.json(await startRental(rental[1], body), { status: 201 });
  }
  const ret = /^\/rentals\/([\w-]+)\/return$/.exec(url.pathname);
  if (ret && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body?.station) throw new RentalError(400, "station required");
    return Response.json(endRental(ret[1], body.station));
  }
  const station = /^\/stations\/([\w-]+)$/.exec(url.pathname);
  if (station && req.method === "GET") {
    const found = stations.get(station[1]);
    if (!found) throw new RentalError(404, `no station ${station[1]}`);
    return Response.json({ ...found, freeDocks: found.docks - found.bikes });
  }
  if (url.pathname === "/trips/recent") {
    return Response.json(recent(Number(url.searchParams.get("n") ?? 10)));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`dock-availability on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof RentalError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
