import http from "node:http";
import { App } from "./vendor/tinyroute/index.mjs";
import { cancel, nowPlayingUpdates, request, tonight, upcoming } from "./jukebox.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const timings = { count: 0, totalMs: 0, slowest: 0 };

const app = new App()
  .use(async (_ctx, next) => {
    const started = performance.now();
    await next();
    const ms = performance.now() - started;
    timings.count++;
    timings.totalMs += ms;
    timings.slowest = Math.max(timings.slowest, ms);
  })
  .use(async (ctx, next) => {
    ctx.state.table = ctx.req.headers["x-table"] ?? null;
    await next();
  })
  .route("GET", "/healthz", () => ({ ok: true }))
  .route("GET", "/tonight", () => ({ ...tonight(), timings }))
  .route("GET", "/queue", () => upcoming())
  .route("POST", "/requests", (ctx) => {
    ctx.status = 201;
    return request({ ...ctx.request, table: ctx.request.table ?? ctx.state.table });
  })
  .route("PATCH", "/requests/:id", (ctx) => {
    if (ctx.request.status !== "cancelled") return { id: ctx.params.id, status: "unchanged" };
    return cancel(ctx.params.id);
  })
  .route("GET", "/now-playing", async (ctx) => {
    // the table tablets show the current song; only the first update is needed
    for await (const np of nowPlayingUpdates(ctx.signal)) {
      return { title: np.title, artist: np.artist, table: np.table };
    }
    return null;
  });

http.createServer(app.handler()).listen(port, "127.0.0.1", () => {
  console.log(`jukebox on :${port}`);
});
