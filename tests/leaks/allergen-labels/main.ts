import { getRecipe, type Ingredient, updateRecipe } from "./recipes.ts";
import { labelStats, renderLabel } from "./labels.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

interface PrintJob {
  id: number;
  printer: string;
  copies: number;
  label: string;
  queuedAt: number;
}

const PRINTERS = ["counter", "bakery", "dispatch"];
const queue: PrintJob[] = [];
const history: { id: number; printer: string; copies: number; ms: number }[] = [];
const printed = new Map<string, number>(PRINTERS.map((p) => [p, 0]));
let nextJob = 1;

setInterval(() => {
  const now = Date.now();
  for (const job of queue.splice(0, queue.length)) {
    printed.set(job.printer, (printed.get(job.printer) ?? 0) + job.copies);
    history.push({ id: job.id, printer: job.printer, copies: job.copies, ms: now - job.queuedAt });
    if (history.length > 50) history.shift();
  }
}, 150);

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({
      labels: labelStats(),
      printed: Object.fromEntries(printed),
      waiting: queue.length,
      recent: history.slice(-5),
    });
  }
  if (parts[0] !== "recipes" || !parts[1]) {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const recipe = getRecipe(parts[1]);
  if (!recipe) return Response.json({ error: "unknown product" }, { status: 404 });

  if (parts[2] === "label") {
    return new Response(renderLabel(recipe, url.searchParams.get("lang") ?? "en"), {
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (req.method === "PATCH" && !parts[2]) {
    const body = await req.json() as { batch: string; ingredients: Ingredient[] };
    if (!body.batch || !Array.isArray(body.ingredients)) {
      return Response.json({ error: "batch and ingredients required" }, { status: 400 });
    }
    const next = updateRecipe(recipe.sku, body.batch, body.ingredients)!;
    return Response.json({ sku: next.sku, version: next.version });
  }
  if (req.method === "POST" && parts[2] === "print") {
    const { printer = "counter", copies = 1, lang = "en" } = await req.json();
    if (!PRINTERS.includes(printer)) {
      return Response.json({ error: "unknown printer" }, { status: 400 });
    }
    const job = {
      id: nextJob++,
      printer,
      copies,
      label: renderLabel(recipe, lang),
      queuedAt: Date.now(),
    };
    queue.push(job);
    return Response.json({ job: job.id }, { status: 202 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`allergen labels on :${port}`),
}, handle);
