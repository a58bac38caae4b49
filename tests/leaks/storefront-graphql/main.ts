import { buildSchema, graphql } from "graphql";
import {
  catalogStats,
  createContext,
  invalidateProduct,
  type Product,
  products,
  type RequestContext,
} from "./context.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const schema = buildSchema(`
  type Seller { id: ID!, name: String!, rating: Float!, country: String! }
  type Product { id: ID!, title: String!, priceCents: Int!, stock: Int!, tags: [String!]!, seller: Seller }
  type Query {
    product(id: ID!): Product
    products(ids: [ID!]!): [Product]!
  }
  type Mutation { setStock(id: ID!, stock: Int!): Product }
`);

// Resolvers in root-value style: field functions receive (args, context).
const withSeller = (p: Product | null, ctx: RequestContext) =>
  p && { ...p, seller: () => ctx.loaders.seller.load(p.sellerId) };

const rootValue = {
  product: async ({ id }: { id: string }, ctx: RequestContext) =>
    withSeller(await ctx.loaders.product.load(id), ctx),
  products: async ({ ids }: { ids: string[] }, ctx: RequestContext) =>
    (await ctx.loaders.product.loadMany(ids)).map((p) =>
      withSeller(p instanceof Error ? null : p, ctx)
    ),
  setStock: ({ id, stock }: { id: string; stock: number }, ctx: RequestContext) => {
    const p = products.get(id);
    if (!p) return null;
    p.stock = stock;
    invalidateProduct(id);
    return withSeller(structuredClone(p), ctx);
  },
};

let requests = 0;

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json({ requests, ...catalogStats() });
  if (url.pathname !== "/graphql" || req.method !== "POST") {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  let body: { query?: string; variables?: Record<string, unknown>; operationName?: string };
  try {
    body = await req.json();
  } catch {
    return Response.json({ errors: [{ message: "invalid JSON" }] }, { status: 400 });
  }
  if (typeof body.query !== "string") {
    return Response.json({ errors: [{ message: "query required" }] }, { status: 400 });
  }
  requests++;
  const contextValue = createContext(
    req.headers.get("x-viewer") ?? "anonymous",
    req.headers.get("x-request-id") ?? crypto.randomUUID(),
  );
  const result = await graphql({
    schema,
    source: body.query,
    rootValue,
    contextValue,
    variableValues: body.variables,
    operationName: body.operationName,
  });
  return Response.json(result, { status: result.errors && !result.data ? 400 : 200 });
});
