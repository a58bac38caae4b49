import { BackgroundWork } from "./background.ts";
import { addOrder, applyRender, floorSummary, getOrder, markFailed } from "./orders.ts";
import { PAPER, type Photo, renderOrder } from "./render.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8861;

const work = new BackgroundWork();

interface OrderBody {
  customer?: string;
  paper?: string;
  photos?: Photo[];
}

function validPhotos(photos: unknown): photos is Photo[] {
  return Array.isArray(photos) && photos.length > 0 && photos.length <= 20 &&
    photos.every((p) =>
      typeof p?.name === "string" && Number.isFinite(p.widthPx) && Number.isFinite(p.heightPx) &&
      p.widthPx > 0 && p.heightPx > 0
    );
}

async function placeOrder(id: string, req: Request): Promise<Response> {
  let body: OrderBody;
  try {
    body = await req.json();
  } catch {
    return Response.json({ error: "body must be JSON" }, { status: 400 });
  }
  const paper = PAPER[body.paper ?? ""];
  if (!paper) return Response.json({ error: `unknown paper ${body.paper}` }, { status: 422 });
  if (!validPhotos(body.photos)) {
    return Response.json({ error: "photos must list 1-20 images" }, { status: 422 });
  }
  const photos = body.photos;
  addOrder({
    id,
    customer: body.customer ?? "walk-in",
    paper: paper.code,
    photos,
    state: "rendering",
    placedAt: Date.now(),
  });
  work.run(`render ${id}`, async () => {
    try {
      const result = await renderOrder(id, photos, paper);
      applyRender(result);
      return result;
    } catch (err) {
      markFailed(id);
      throw err;
    }
  });
  return Response.json({ id, state: "rendering" }, { status: 202 });
}

async function handle(req: Request, url: URL): Promise<Response> {
  const m = /^\/orders\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "POST") return await placeOrder(m[1], req);
  if (m && req.method === "GET") {
    const order = getOrder(m[1]);
    return order
      ? Response.json({ id: order.id, state: order.state, sheets: order.sheets ?? [] })
      : Response.json({ error: "no such order" }, { status: 404 });
  }
  if (url.pathname === "/floor" && req.method === "GET") {
    return Response.json({ ...floorSummary(), background: work.stats() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.addSignalListener("SIGTERM", async () => {
  console.log("SIGTERM: waiting for background renders");
  await work.drain();
  Deno.exit(0);
});

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`poster-prints on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
