import Koa from "koa";
import Router, { type RouterContext } from "@koa/router";
import { authorizer, type Caller, requireScope } from "./auth.ts";
import { assignJob, fleetSummary, positionOf, recordPosition } from "./fleet.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const app = new Koa();
const router = new Router();

async function jsonBody(ctx: Koa.Context): Promise<Record<string, unknown>> {
  let raw = "";
  for await (const chunk of ctx.req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return ctx.throw(400, "invalid JSON");
  }
}

router.get("/healthz", (ctx: RouterContext) => {
  ctx.body = { ok: true };
});

router.get("/vehicles", requireScope("vehicles:read"), (ctx: RouterContext) => {
  ctx.body = fleetSummary();
});

router.get("/vehicles/:id/position", requireScope("vehicles:read"), (ctx: RouterContext) => {
  const position = positionOf(ctx.params.id);
  if (!position) ctx.throw(404, "no position yet");
  ctx.body = position;
});

router.post("/vehicles/:id/position", requireScope("vehicles:read"), async (ctx: RouterContext) => {
  const body = await jsonBody(ctx);
  const lat = Number(body.lat), lon = Number(body.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) ctx.throw(400, "lat and lon required");
  ctx.body = recordPosition(ctx.params.id, lat, lon, (ctx.state.caller as Caller).sub);
});

router.post("/vehicles/:id/jobs", requireScope("vehicles:write"), async (ctx: RouterContext) => {
  const body = await jsonBody(ctx);
  const job = assignJob(ctx.params.id, String(body.job ?? ""), (ctx.state.caller as Caller).sub);
  if (!job) ctx.throw(404, "unknown vehicle");
  ctx.status = 201;
  ctx.body = job;
});

router.get("/auth/stats", (ctx: RouterContext) => {
  ctx.body = authorizer.stats;
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(port, "127.0.0.1", () => console.log(`depot-dispatch on http://127.0.0.1:${port}`));
