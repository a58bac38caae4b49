import http from "node:http";
import { App } from "./lib/app.mjs";
import { market, requestId } from "./lib/middleware.mjs";
import { registerProductRoutes } from "./routes/products.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const app = new App();
app.use(requestId());
app.use(market("nl"));
app.get("/healthz", (ctx) => (ctx.body = { ok: true }));
registerProductRoutes(app);

http.createServer((req, res) => app.handle(req, res))
  .listen(port, "127.0.0.1", () => console.log(`storefront api listening on 127.0.0.1:${port}`));
