import { DataContext, type Row } from "./vendor/tinyctx/mod.ts";
import { store } from "./store.ts";
import { notesFor } from "./notes.ts";
import { job, jobStats, startJob } from "./digitise.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const db = new DataContext(store);

interface Item extends Row {
  title: string;
  description: string;
  subjects: string[];
  condition: string;
  updatedAt: string;
}

function itemView(item: Item) {
  const notes = notesFor(item.id);
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    subjects: item.subjects,
    condition: item.condition,
    notes: notes.latest(),
    undoSteps: notes.steps,
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json({ context: db.stats(), jobs: jobStats() });
  const [kind, id, action] = url.pathname.split("/").filter(Boolean);

  if (kind === "items" && id) {
    const body = req.method === "GET" ? {} : await req.json();
    const item = db.find<Item>("items", id);
    if (!item) return Response.json({ error: "no such item" }, { status: 404 });
    try {
      if (action === "catalogue" && req.method === "PATCH") {
        if (body.title) item.title = body.title;
        if (body.description) item.description = body.description;
        if (body.subjects) item.subjects = body.subjects;
        item.updatedAt = new Date().toISOString();
        db.saveChanges();
      } else if (action === "notes" && req.method === "POST") {
        notesFor(item.id).add(body.author ?? "cataloguer", body.text ?? "");
      }
      return Response.json(itemView(item));
    } finally {
      db.detach(item);
    }
  }

  if (kind === "jobs") {
    if (!id && req.method === "POST") {
      const body = await req.json();
      const actor = startJob({
        ref: body.ref,
        itemId: body.itemId,
        operator: body.operator,
        dpi: body.dpi ?? 600,
      });
      return Response.json({ ref: body.ref, state: actor.value }, { status: 201 });
    }
    if (action === "events" && req.method === "POST") {
      const actor = job(id);
      if (!actor) return Response.json({ error: "no such job" }, { status: 404 });
      const ok = actor.send(await req.json());
      return Response.json({ ref: id, state: actor.value, accepted: ok }, {
        status: ok ? 200 : 409,
      });
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`archive digitisation on :${port}`) },
  handle,
);
