import { CaveError, planFor, receiveWheel, sellWheel, wheelInfo } from "./caves.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 8000;

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  const [head, id, action, arg, verb] = url.pathname.split("/").filter(Boolean);

  if (head === "wheels" && id && !action && req.method === "GET") {
    return Response.json(wheelInfo(id));
  }
  if (head === "wheels" && id && action === "sell" && req.method === "POST") {
    return Response.json(sellWheel(id));
  }
  if (head !== "caves" || !id) return Response.json({ error: "not found" }, { status: 404 });
  const plan = planFor(id);

  if (!action && req.method === "GET") {
    return Response.json({
      cave: plan.cave,
      wheels: plan.positions.size,
      layout: plan.layout(),
      canUndo: plan.undoStack.length > 0,
      canRedo: plan.redoStack.length > 0,
    });
  }
  if (req.method !== "POST") return Response.json({ error: "not found" }, { status: 404 });
  if (action === "wheels") {
    return Response.json(receiveWheel(id, await req.json()), { status: 201 });
  }
  if (action === "moves") {
    const { wheel, to } = await req.json();
    plan.move(wheel, to);
    return Response.json({ wheel, shelf: to });
  }
  if (action === "racks" && arg && verb === "rotate") {
    const batch = plan.rotateRack(arg);
    return Response.json({ rotated: batch.moves.length, layout: batch.after });
  }
  if (action === "undo") return Response.json({ undone: plan.undo() });
  if (action === "redo") return Response.json({ redone: plan.redo() });
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof CaveError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof RangeError || err instanceof SyntaxError) {
      return Response.json({ error: err.message }, { status: 400 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
