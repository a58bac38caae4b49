import Koa from "koa";
import Router, { type RouterContext } from "@koa/router";
import type { Context, Next } from "koa";
import { configureCarriers, propagateRequestId, searchSailings } from "./carriers.ts";
import { portNames, startUpstream } from "./upstream.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const app = new Koa();
const router = new Router();

router.get("/healthz", (ctx: RouterContext) => {
  ctx.body = { ok: true };
});

router.get("/ports", (ctx: RouterContext) => {
  ctx.body = Object.entries(portNames).map(([code, name]) => ({ code, name }));
});

router.get("/fares", async (ctx: RouterContext) => {
  const from = String(ctx.query.from ?? "").toUpperCase();
  const to = String(ctx.query.to ?? "").toUpperCase();
  const date = String(ctx.query.date ?? "");
  const adults = Math.max(1, Math.min(9, Number(ctx.query.adults ?? 1) || 1));
  if (!portNames[from] || !portNames[to] || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    ctx.throw(400, "from, to (port codes) and date (YYYY-MM-DD) are required");
  }
  const sailings = await searchSailings(from, to, date);
  sailings.sort((a, b) => a.adultFare - b.adultFare);
  ctx.body = {
    requestId: ctx.state.requestId,
    from: portNames[from],
    to: portNames[to],
    date,
    adults,
    options: sailings.map((s) => ({ ...s, total: Math.round(s.adultFare * adults * 100) / 100 })),
  };
});

router.get("/fares/cheapest", async (ctx: RouterContext) => {
  const from = String(ctx.query.from ?? "").toUpperCase();
  const to = String(ctx.query.to ?? "").toUpperCase();
  const date = String(ctx.query.date ?? "");
  const sailings = await searchSailings(from, to, date);
  const cheapest = sailings.reduce<typeof sailings[number] | undefined>(
    (best, s) => (s.seatsLeft > 0 && (!best || s.adultFare < best.adultFare) ? s : best),
    undefined,
  );
  if (!cheapest) ctx.throw(404, "no sailing with seats left");
  ctx.body = cheapest;
});

app.use(async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500;
    ctx.status = status;
    ctx.body = { error: status < 500 ? (err as Error).message : "internal error" };
  }
});
app.use(propagateRequestId);
app.use(router.routes());
app.use(router.allowedMethods());

configureCarriers(await startUpstream());
app.listen(port, "127.0.0.1", () => console.log(`ferry-fares on http://127.0.0.1:${port}`));
