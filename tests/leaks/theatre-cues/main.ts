import { activeOperators, cueSheet, touch } from "./desk.ts";
import { type Cue, DeskError, shows } from "./show.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const notFound = () => Response.json({ error: "not found" }, { status: 404 });
const EDITABLE = ["label", "fadeUp", "fadeDown", "levels"];

function parseCue(body: Record<string, unknown>): Cue {
  const number = String(body.number ?? "");
  if (!/^\d+(\.\d+)?$/.test(number)) throw new DeskError(400, "cue number must be numeric");
  return {
    number,
    label: String(body.label ?? ""),
    fadeUp: Number(body.fadeUp ?? 3),
    fadeDown: Number(body.fadeDown ?? body.fadeUp ?? 3),
    levels: (body.levels as Record<string, number>) ?? {},
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  const parts = url.pathname.split("/").filter(Boolean);
  const show = parts[0] === "shows" ? shows.get(parts[1]) : undefined;
  if (!show) return notFound();
  const operator = touch(req.headers.get("x-operator") ?? "desk");
  const [, , section, number, action] = parts;

  if (section === "status") {
    const { id, version, cues } = show;
    const recent = show.recentGos(5);
    return Response.json({ id, version, cues: cues.length, operators: activeOperators(), recent });
  }
  if (section === "sheet") return new Response(cueSheet(show));
  if (req.method !== "POST" && req.method !== "PATCH") return notFound();
  operator.edits++;
  if (section === "cues" && !number && req.method === "POST") {
    show.addCue(operator.history, parseCue(await req.json()));
    return Response.json({ version: show.version }, { status: 201 });
  }
  if (section === "cues" && number && req.method === "PATCH") {
    const body = await req.json();
    const changes = Object.fromEntries(EDITABLE.filter((k) => k in body).map((k) => [k, body[k]]));
    show.updateCue(operator.history, number, changes);
    return Response.json({ version: show.version });
  }
  if (section === "cues" && number && action === "delete") {
    show.deleteCue(operator.history, number);
    return Response.json({ version: show.version });
  }
  if (section === "undo") return Response.json({ undone: operator.history.undo() });
  if (section === "redo") return Response.json({ redone: operator.history.redo() });
  if (section === "go") {
    const { cue } = await req.json();
    return Response.json(show.go(String(cue), operator.name));
  }
  return notFound();
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof DeskError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) return Response.json({ error: "bad JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
