import { handle } from "./routes.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`bar tabs on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SyntaxError) return Response.json({ error: "bad JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
