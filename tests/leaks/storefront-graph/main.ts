import { execute, GraphQLValidationError } from "./graphql/execute.ts";
import { GraphQLSyntaxError } from "./graphql/parse.ts";
import { ProductLoader, schema } from "./catalog.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8932;

async function graphql(req: Request): Promise<Response> {
  const { query, variables } = await req.json();
  if (typeof query !== "string") return Response.json({ errors: [{ message: "no query" }] });
  try {
    const ctx = { products: new ProductLoader() };
    const data = await execute(query, { schema, variables: variables ?? {}, ctx });
    return Response.json({ data });
  } catch (err) {
    if (err instanceof GraphQLSyntaxError || err instanceof GraphQLValidationError) {
      return Response.json({ errors: [{ message: err.message }] }, { status: 400 });
    }
    throw err;
  }
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`storefront-graph on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    if (url.pathname === "/graphql" && req.method === "POST") return await graphql(req);
    return Response.json({ error: "not found" }, { status: 404 });
  } catch (err) {
    console.error(err);
    return Response.json({ errors: [{ message: "internal error" }] }, { status: 500 });
  }
});
