import { router } from "./routes.ts";
import { seedWorkspaces } from "./boards.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

seedWorkspaces();

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) =>
    console.log(`whiteboard-sync listening on http://${hostname}:${port}`),
}, router);
