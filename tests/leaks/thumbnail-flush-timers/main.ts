import { RequestTimer, Telemetry } from "./telemetry.ts";
import { parseSize, renderSvg, sourceColour } from "./thumbs.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8092;

const telemetry = new Telemetry(5_000);

async function thumbnail(imageId: string, size: string): Promise<Response> {
  const timer = new RequestTimer(telemetry, "/thumbs/:id/:size");
  const px = parseSize(size);
  if (!px) {
    timer.finish();
    return new Response("unknown size", { status: 400 });
  }
  const colour = await sourceColour(imageId);
  timer.phase("fetch");
  const svg = renderSvg(px, colour, imageId);
  timer.phase("render");
  return new Response(svg, {
    headers: {
      "content-type": "image/svg+xml",
      "cache-control": "public, max-age=86400",
      "server-timing": timer.finish(),
    },
  });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/telemetry") {
    return Response.json({
      routes: Object.fromEntries(telemetry.totals),
      inFlight: telemetry.inFlightReports.length,
    });
  }
  const m = /^\/thumbs\/([\w.-]+)\/([a-z])$/.exec(url.pathname);
  if (req.method === "GET" && m) return thumbnail(m[1], m[2]);
  return new Response("not found", { status: 404 });
});
