import { type MilestoneCode, publish, receivedCount } from "./milestones.ts";
import { current, register, stands, TurnaroundError, type TurnaroundPlan } from "./turnarounds.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    if (url.pathname === "/turnarounds" && req.method === "POST") {
      const state = await register(await req.json() as TurnaroundPlan);
      return Response.json(state, { status: 201 });
    }
    if (parts[0] === "turnarounds" && parts[1] && req.method === "GET") {
      return Response.json(await current(parts[1]));
    }
    if (url.pathname === "/milestones" && req.method === "POST") {
      const body = await req.json() as {
        turnaround: string;
        code: MilestoneCode;
        at: string;
        source: string;
        stand?: string;
        remark?: string;
      };
      try {
        publish(body);
      } catch (err) {
        if (err instanceof RangeError) throw new TurnaroundError(422, err.message);
        throw err;
      }
      return Response.json({ accepted: body.code, received: receivedCount() }, { status: 202 });
    }
    if (url.pathname === "/stands") return Response.json(stands());
  } catch (err) {
    if (err instanceof TurnaroundError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    throw err;
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  {
    port,
    hostname: "127.0.0.1",
    onListen: () => console.log(`turnaround milestones on :${port}`),
  },
  handle,
);
