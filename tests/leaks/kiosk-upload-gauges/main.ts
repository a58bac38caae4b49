import { httpRequests, metrics } from "./telemetry.ts";
import {
  appendChunk,
  completeUpload,
  queueView,
  startUpload,
  UploadError,
  type UploadStart,
} from "./uploads.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) => Response.json(body, { status });

async function route(req: Request, url: URL): Promise<[string, Response]> {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "uploads" && parts.length === 2 && req.method === "POST") {
    return ["/uploads/:id", json(201, startUpload(parts[1], await req.json() as UploadStart))];
  }
  if (parts[0] === "uploads" && parts.length === 2 && req.method === "PATCH") {
    return ["/uploads/:id", json(200, appendChunk(parts[1], await req.json()))];
  }
  if (parts[0] === "uploads" && parts[2] === "complete" && req.method === "POST") {
    return ["/uploads/:id/complete", json(200, completeUpload(parts[1]))];
  }
  if (url.pathname === "/print-queue") return ["/print-queue", json(200, queueView())];
  if (url.pathname === "/metrics") {
    return [
      "/metrics",
      new Response(metrics.expose(), { headers: { "content-type": "text/plain" } }),
    ];
  }
  return ["unmatched", json(404, { error: "not found" })];
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`kiosk uploads on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  let routeName = "unmatched";
  let res: Response;
  try {
    [routeName, res] = await route(req, url);
  } catch (err) {
    const status = err instanceof UploadError ? err.status : err instanceof SyntaxError ? 400 : 500;
    res = json(status, { error: (err as Error).message });
  }
  httpRequests.inc({ method: req.method, route: routeName, status: String(res.status) });
  return res;
});
