import { createAppContext } from "./context.ts";
import { handle } from "./routes.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const ctx = createAppContext();

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) =>
    console.log(`hotel-rates listening on http://${hostname}:${port}`),
}, (req) => handle(req, ctx));

Deno.addSignalListener("SIGTERM", async () => {
  ctx.log.info("SIGTERM: draining");
  ctx.shutdown();
  await server.shutdown();
  Deno.exit(0);
});
