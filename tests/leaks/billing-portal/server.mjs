import http from "node:http";
import { createHandler, Router } from "./lib/app.mjs";
import { PLANS } from "./lib/billing-client.mjs";
import { patternStats } from "./lib/path-pattern.mjs";
import { accounts, paymentStats } from "./routes/accounts.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4161;

const app = new Router()
  .get("/healthz", (ctx) => ctx.json(200, { ok: true }))
  .get("/plans", (ctx) => {
    ctx.json(200, {
      plans: PLANS.map((p) => ({ ...p, monthly: p.monthly / 100 })),
    });
  })
  .use("/accounts/:accountId", accounts)
  .get("/debug/router", (ctx) => ctx.json(200, { ...patternStats(), payments: paymentStats() }));

const server = http.createServer(createHandler(app));
server.keepAliveTimeout = 30_000;
server.listen(port, "127.0.0.1", () => console.log(`billing portal on 127.0.0.1:${port}`));
