import { ScratchPool } from "./scratch_pool.ts";
import { knownTenant, statsFor } from "./tenant_stats.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const MAX_UPLOAD = 64 * 1024;
const pool = new ScratchPool(MAX_UPLOAD, 4);
const TENANTS = new Set(["acme", "globex", "initech"]);

class TooLarge extends Error {}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Reads the body into `scratch`; returns how many bytes it holds. */
async function readInto(
  body: ReadableStream<Uint8Array>,
  scratch: Uint8Array<ArrayBuffer>,
): Promise<number> {
  const reader = body.getReader();
  let used = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return used;
      if (used + value.length > scratch.length) throw new TooLarge();
      scratch.set(value, used);
      used += value.length;
    }
  } finally {
    reader.releaseLock();
  }
}

async function upload(req: Request, tenant: string, name: string): Promise<Response> {
  const stats = statsFor(tenant);
  if (!req.body) return Response.json({ error: "empty upload" }, { status: 400 });
  const scratch = pool.acquire();
  let aborted = false;
  const onAbort = () => {
    aborted = true;
  };
  req.signal.addEventListener("abort", onAbort);
  try {
    const started = performance.now();
    const used = await readInto(req.body, scratch);
    if (aborted) return new Response(null, { status: 499 });
    const sha256 = hex(await crypto.subtle.digest("SHA-256", scratch.subarray(0, used)));
    const receipt = { sha256, name, bytes: used, at: Date.now() };
    stats.record(receipt, performance.now() - started);
    return Response.json(receipt, { status: 201 });
  } catch (err) {
    if (!(err instanceof TooLarge)) throw err;
    stats.rejected++;
    await req.body.cancel().catch(() => {});
    return Response.json({ error: `uploads are limited to ${MAX_UPLOAD} bytes` }, { status: 413 });
  } finally {
    req.signal.removeEventListener("abort", onAbort);
    pool.release(scratch);
  }
}

const routes = {
  upload: new URLPattern({ pathname: "/tenants/:tenant/uploads/:name" }),
  stats: new URLPattern({ pathname: "/tenants/:tenant/stats" }),
  receipt: new URLPattern({ pathname: "/tenants/:tenant/checksums/:sha" }),
};

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`upload-checksums on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/pool") return Response.json(pool.stats);

  const up = routes.upload.exec(req.url);
  if (up && req.method === "POST") {
    const tenant = up.pathname.groups.tenant!;
    if (!TENANTS.has(tenant)) return Response.json({ error: "unknown tenant" }, { status: 404 });
    return await upload(req, tenant, decodeURIComponent(up.pathname.groups.name!));
  }

  const st = routes.stats.exec(req.url);
  if (st && req.method === "GET") {
    const stats = knownTenant(st.pathname.groups.tenant!);
    return stats ? Response.json(stats.summary()) : Response.json({ error: "no uploads yet" }, {
      status: 404,
    });
  }

  const rc = routes.receipt.exec(req.url);
  if (rc && req.method === "GET") {
    const receipt = knownTenant(rc.pathname.groups.tenant!)?.receipt(rc.pathname.groups.sha!);
    return receipt
      ? Response.json(receipt)
      : Response.json({ error: "not among the recent uploads" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
