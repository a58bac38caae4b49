import { moderation, productReviews, ReviewError, submitReview } from "./reviews.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8095;

const REVIEWS = new URLPattern({ pathname: "/products/:id/reviews" });

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/moderation") {
    return Response.json({ depth: moderation.depth, ...moderation.counts });
  }
  const match = REVIEWS.exec(url);
  if (!match) return Response.json({ error: "not found" }, { status: 404 });
  const productId = match.pathname.groups.id!;
  if (req.method === "GET") return Response.json(productReviews(productId));
  if (req.method === "POST") {
    const input = await req.json().catch(() => null);
    if (!input || typeof input !== "object") throw new ReviewError(400, "JSON object required");
    return Response.json(submitReview(productId, input), { status: 202 });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`review moderation on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ReviewError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
