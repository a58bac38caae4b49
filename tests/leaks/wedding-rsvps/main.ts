import { seatingPlan } from "./seating.ts";
import { headcount, respond, RsvpError, weddingOf } from "./weddings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = Number(portArg?.split("=")[1] ?? 8000);

const ROUTE = /^\/weddings\/([\w-]+)(?:\/(rsvps|seating))?$/;

async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return new Response("ok");
  const m = ROUTE.exec(pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const wedding = weddingOf(m[1]);
  switch (`${req.method} ${m[2] ?? ""}`) {
    case "GET ":
      return Response.json({
        id: wedding.id,
        couple: wedding.couple,
        date: wedding.date,
        headcount: headcount(wedding),
      });
    case "POST rsvps": {
      const invite = respond(wedding, await req.json());
      return Response.json({ code: invite.code, response: invite.response }, { status: 201 });
    }
    case "GET seating":
      return Response.json(seatingPlan(wedding));
    default:
      return Response.json({ error: "method not allowed" }, { status: 405 });
  }
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof RsvpError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) {
      return Response.json({ error: "invalid JSON" }, { status: 400 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
