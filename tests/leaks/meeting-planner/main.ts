import { startDirectory } from "./directory.ts";
import { configureDirectory, plan, recentMeetings } from "./planner.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

configureDirectory(startDirectory());

interface PlanRequest {
  title?: string;
  organiser?: string;
  attendees?: string[];
  day?: string;
  minutes?: number;
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (req.method === "POST" && url.pathname === "/meetings") {
    const body: PlanRequest = await req.json().catch(() => ({}));
    if (
      !body.title || !body.organiser || !Array.isArray(body.attendees) ||
      !/^\d{4}-\d{2}-\d{2}$/.test(body.day ?? "") || !Number.isInteger(body.minutes)
    ) {
      return Response.json({ error: "title, organiser, attendees, day, minutes" }, { status: 400 });
    }
    const result = await plan(body.title, body.organiser, body.attendees, body.day!, body.minutes!);
    return typeof result === "string"
      ? Response.json({ error: result }, { status: 422 })
      : Response.json(result, { status: 201 });
  }

  if (req.method === "GET" && url.pathname === "/meetings/recent") {
    return Response.json(recentMeetings());
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
