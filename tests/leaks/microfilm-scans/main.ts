import { checksum, discard, type ScanJob, spoolPage } from "./spool.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const routes = {
  page: new URLPattern({ pathname: "/reels/:reel/pages/:page" }),
  reel: new URLPattern({ pathname: "/reels/:reel" }),
};

interface Reel {
  pages: number;
  bytes: number;
  /** The last 20 pages' checksums. */
  recent: { page: number; sha256: string }[];
}
const reels = new Map<string, Reel>();
const MAX_PAGE_BYTES = 256 * 1024;

const log = Deno.stdout.writable.getWriter();
const encoder = new TextEncoder();
function logLine(line: string) {
  log.write(encoder.encode(`${new Date().toISOString()} ${line}\n`)).catch(() => {});
}

async function receivePage(req: Request, reelId: string, page: number): Promise<Response> {
  if (!req.body) return Response.json({ error: "empty page" }, { status: 400 });
  const job: ScanJob = {
    reel: reelId,
    page,
    operator: req.headers.get("x-operator") ?? "unknown",
    path: await Deno.makeTempFile({ prefix: `reel-${reelId}-`, suffix: ".pgm" }),
    bytes: 0,
    receivedAt: Date.now(),
    discarded: false,
  };
  // A page still spooling when the server stops must not stay in /tmp.
  server.finished.then(() => discard(job));
  try {
    await spoolPage(job, req.body);
    if (job.bytes > MAX_PAGE_BYTES) {
      return Response.json({ error: "page too large" }, { status: 413 });
    }
    const sha256 = await checksum(job);
    const reel = reels.get(reelId) ?? { pages: 0, bytes: 0, recent: [] };
    reel.pages++;
    reel.bytes += job.bytes;
    reel.recent.push({ page, sha256 });
    if (reel.recent.length > 20) reel.recent.shift();
    reels.set(reelId, reel);
    return Response.json({ reel: reelId, page, bytes: job.bytes, sha256 }, { status: 201 });
  } finally {
    await discard(job);
  }
}

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => logLine(`microfilm-scans on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const page = routes.page.exec(url);
  if (page && req.method === "POST") {
    const n = Number(page.pathname.groups.page);
    if (!Number.isInteger(n) || n < 1) return Response.json({ error: "bad page" }, { status: 400 });
    return await receivePage(req, page.pathname.groups.reel!, n);
  }
  const reel = routes.reel.exec(url);
  if (reel && req.method === "GET") {
    const found = reels.get(reel.pathname.groups.reel!);
    return found ? Response.json(found) : Response.json({ error: "no such reel" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});

Deno.addSignalListener("SIGTERM", () => {
  logLine("stopping");
  server.shutdown().then(() => Deno.exit(0));
});
