import { abandon, checkout, hold, holdStats } from "./holds.ts";
import { BoxOfficeError, type Customer } from "./model.ts";
import { close, schedule, seatMap } from "./performances.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    if (url.pathname === "/performances" && req.method === "POST") {
      const performance = schedule(await req.json());
      return Response.json({ id: performance.id }, { status: 201 });
    }
    if (parts[0] === "performances" && parts[1] && parts[2] === "seatmap") {
      return Response.json(seatMap(parts[1]));
    }
    if (parts[0] === "performances" && parts[1] && parts[2] === "close" && req.method === "POST") {
      return Response.json(close(parts[1]));
    }
    if (parts[0] === "baskets" && parts[1] && req.method === "POST") {
      if (parts[2] === "holds") {
        const body = await req.json() as { performance: string; seat: string; customer: Customer };
        const seatHold = hold(parts[1], body.performance, body.seat, body.customer);
        return Response.json(
          { seat: seatHold.seat, band: seatHold.priceBand, pricePence: seatHold.pricePence },
          { status: 201 },
        );
      }
      if (parts[2] === "checkout") return Response.json(checkout(parts[1], await req.json()));
      if (parts[2] === "abandon") {
        abandon(parts[1]);
        return new Response(null, { status: 204 });
      }
    }
    if (url.pathname === "/holds") return Response.json(holdStats());
  } catch (err) {
    if (err instanceof BoxOfficeError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    throw err;
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`box office on :${port}`) },
  handle,
);
