import { Container } from "./container.ts";
import { asUser, registerServices, type ReportBuilder } from "./services.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const container = new Container();
registerServices(container);

const REPORT = /^\/reports\/([a-z-]+)\/(\d{4}-\d{2})$/;

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`sales reports listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const match = REPORT.exec(url.pathname);
  if (match && req.method === "GET") {
    const user = req.headers.get("x-user") ?? "anonymous";
    const report = asUser(user, () => {
      const builder = container.resolve<ReportBuilder>("reportBuilder");
      return builder.build(match[1], match[2]);
    });
    return Response.json(report);
  }
  return Response.json({ error: "not found" }, { status: 404 });
});

Deno.addSignalListener("SIGTERM", async () => {
  await server.shutdown();
  container.dispose();
  Deno.exit(0);
});
