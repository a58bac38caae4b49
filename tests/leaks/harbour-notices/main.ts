import {
  conditional,
  type Ctx,
  errors,
  HttpError,
  type InFlight,
  json,
  pipeline,
  tracker,
} from "./pipeline.ts";
import { etagOf, findNotice, issue, listNotices, revise, withdraw } from "./notices.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const inFlight = new Map<number, InFlight>();

const noticeId = (ctx: Ctx) => /^\/notices\/([^/]+)$/.exec(ctx.url.pathname)?.[1];

async function body(ctx: Ctx) {
  try {
    return await ctx.req.json();
  } catch {
    throw new HttpError(400, "bad JSON");
  }
}

async function route(ctx: Ctx): Promise<Response> {
  const { pathname } = ctx.url;
  const method = ctx.req.method;
  if (pathname === "/healthz") return json(200, { ok: true });
  if (pathname === "/debug/inflight") return json(200, { count: inFlight.size });
  if (pathname === "/notices" && method === "GET") {
    return json(200, listNotices(ctx.url.searchParams.get("area") ?? undefined));
  }
  if (pathname === "/notices" && method === "POST") return json(201, issue(await body(ctx)));
  const id = noticeId(ctx);
  if (id && method === "GET") {
    const notice = findNotice(id);
    if (!notice) throw new HttpError(404, `no notice ${id}`);
    return json(200, notice, { etag: etagOf(notice) });
  }
  if (id && method === "PATCH") return json(200, revise(id, await body(ctx)));
  const w = /^\/notices\/([^/]+)\/withdraw$/.exec(pathname);
  if (w && method === "POST") return json(200, withdraw(w[1]));
  throw new HttpError(404, "not found");
}

const handler = pipeline(
  [
    errors,
    tracker(inFlight, 250),
    conditional((ctx) => {
      const id = noticeId(ctx);
      const notice = id ? findNotice(id) : undefined;
      return notice ? etagOf(notice) : null;
    }),
  ],
  route,
);

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`notices to mariners on :${port}`) },
  handler,
);
