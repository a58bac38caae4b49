import { catalog, editRecipe, rateRecipe, RecipeError, viewRecipe } from "./recipes.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const RECIPE = new URLPattern({ pathname: "/recipes/:id" });
const RATINGS = new URLPattern({ pathname: "/recipes/:id/ratings" });

async function body(req: Request): Promise<Record<string, unknown>> {
  const parsed = await req.json().catch(() => null);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new RecipeError(400, "JSON object required");
  }
  return parsed;
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/recipes" && req.method === "GET") return Response.json(catalog());
  const rating = RATINGS.exec(url);
  if (rating && req.method === "POST") {
    return Response.json(rateRecipe(rating.pathname.groups.id!, await body(req)), { status: 201 });
  }
  const recipe = RECIPE.exec(url);
  if (recipe && req.method === "GET") return Response.json(viewRecipe(recipe.pathname.groups.id!));
  if (recipe && req.method === "PATCH") {
    return Response.json(await editRecipe(recipe.pathname.groups.id!, await body(req)));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`recipe catalog on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof RecipeError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
