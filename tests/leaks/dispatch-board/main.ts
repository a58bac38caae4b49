import { lifecycle } from "./events.ts";
import { board, cancelJob, createJob, DispatchError, finishJob } from "./jobs.ts";
import { vocabularySize } from "./vocab.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8154;

const JOB_ACTION = new URLPattern({ pathname: "/jobs/:ref/:action(complete|cancel)" });
let draining = false;

async function body(req: Request): Promise<Record<string, unknown>> {
  const parsed = await req.json().catch(() => null);
  if (!parsed || typeof parsed !== "object") throw new DispatchError(400, "expected JSON");
  return parsed;
}

async function route(req: Request, url: URL, signal: AbortSignal): Promise<Response> {
  if (req.method === "POST" && url.pathname === "/jobs") {
    const job = createJob(await body(req));
    signal.throwIfAborted();
    const { escalation: _, ...shown } = job;
    return Response.json(shown, { status: 201 });
  }
  const m = JOB_ACTION.exec(url);
  if (req.method === "POST" && m) {
    const input = await body(req);
    const { ref, action } = m.pathname.groups;
    return Response.json(
      action === "complete"
        ? finishJob(ref!, String(input.outcome ?? "done"))
        : cancelJob(ref!, String(input.reason ?? "cancelled by caller")),
    );
  }
  if (req.method === "GET" && url.pathname === "/board") {
    return Response.json({ ...board(), vocabulary: vocabularySize() });
  }
  throw new DispatchError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`dispatch board on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: !draining });
  const controller = new AbortController();
  const onDrain = () => controller.abort(new DispatchError(503, "server is restarting"));
  lifecycle.once("draining", onDrain);
  try {
    return await route(req, url, controller.signal);
  } catch (err) {
    if (err instanceof DispatchError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  } finally {
    lifecycle.off("draining", onDrain);
  }
});

Deno.addSignalListener("SIGTERM", () => {
  draining = true;
  lifecycle.emit("draining");
  setTimeout(() => Deno.exit(0), 1_000);
});
