import { App } from "./framework.ts";
import { slots, triage } from "./clinic.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8097;

const app = new App()
  .on("GET", "/healthz", () => Response.json({ ok: true }))
  .on("GET", "/practitioners/:id/slots", slots)
  .on("POST", "/triage", triage);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`clinic portal on 127.0.0.1:${port}`),
}, app.handle);
