import { cuisines, findRecipe, type Recipe, updateRecipe } from "./db.ts";
import { cacheStats, invalidate, readThrough } from "./cache.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8093;

function scale(recipe: Recipe, serves: number, units: string) {
  const factor = serves / recipe.serves;
  return {
    id: recipe.id,
    title: recipe.title,
    serves,
    ingredients: recipe.ingredients.map((i) => {
      const qty = i.qty * factor;
      if (units === "us" && i.unit === "g") {
        return { name: i.name, qty: +(qty / 28.35).toFixed(1), unit: "oz" };
      }
      if (units === "us" && i.unit === "ml") {
        return { name: i.name, qty: +(qty / 240).toFixed(2), unit: "cup" };
      }
      return { name: i.name, qty: +qty.toFixed(1), unit: i.unit };
    }),
    steps: recipe.steps,
    updatedAt: recipe.updatedAt,
  };
}

async function getRecipe(id: string, url: URL): Promise<Response> {
  const serves = Math.min(Math.max(Number(url.searchParams.get("serves") ?? 4) | 0, 1), 24);
  const units = url.searchParams.get("units") === "us" ? "us" : "metric";
  const view = await readThrough("recipes", `${id}?serves=${serves}&units=${units}`, async () => {
    const recipe = await findRecipe(id);
    return recipe && scale(recipe, serves, units);
  });
  return view ? Response.json(view) : Response.json({ error: `no recipe ${id}` }, { status: 404 });
}

async function patchRecipe(id: string, req: Request): Promise<Response> {
  const patch = await req.json().catch(() => null);
  if (!patch) return Response.json({ error: "invalid JSON" }, { status: 400 });
  const updated = await updateRecipe(id, patch);
  if (!updated) return Response.json({ error: `no recipe ${id}` }, { status: 404 });
  invalidate("recipes", id);
  return Response.json({ id, title: updated.title, updatedAt: updated.updatedAt });
}

async function route(req: Request, url: URL): Promise<Response> {
  const m = /^\/recipes\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") return await getRecipe(m[1], url);
  if (m && req.method === "PATCH") return await patchRecipe(m[1], req);
  if (url.pathname === "/cuisines") {
    return Response.json(await readThrough("lists", "cuisines", cuisines));
  }
  if (url.pathname === "/debug/cache") return Response.json(cacheStats());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String(err) }, { status: 500 });
  }
});
