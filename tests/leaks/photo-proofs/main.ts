import { galleryInfo, picksOf, ProofError, setPick } from "./selections.ts";
import { thumbnail, thumbnailStats } from "./thumbnails.ts";
import { begin, end, step, timings } from "./tracing.ts";
import { contactSheet, poolStats } from "./zip_pool.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8134;

const THUMB = new URLPattern({ pathname: "/galleries/:gallery/photos/:photo/thumb" });
const PICKS = new URLPattern({ pathname: "/galleries/:gallery/picks" });
const SHEET = new URLPattern({ pathname: "/galleries/:gallery/contact-sheet" });

const recentDownloads: { gallery: string; client: string; at: string }[] = [];
const MAX_RECENT = 20;

async function route(req: Request, url: URL): Promise<Response> {
  let m;
  if ((m = THUMB.exec(url)) && req.method === "GET") {
    const { gallery, photo } = m.pathname.groups as Record<string, string>;
    galleryInfo(gallery);
    const width = [160, 320, 640].includes(Number(url.searchParams.get("w")))
      ? Number(url.searchParams.get("w"))
      : 320;
    const thumb = thumbnail(gallery, photo, width);
    step(req, "thumbnail");
    if (req.headers.get("if-none-match") === thumb.etag) return new Response(null, { status: 304 });
    return new Response(thumb.bytes, {
      headers: { "content-type": "image/jpeg", etag: thumb.etag },
    });
  }
  if ((m = PICKS.exec(url))) {
    const { gallery } = m.pathname.groups as Record<string, string>;
    if (req.method === "GET") {
      return Response.json(picksOf(gallery, url.searchParams.get("client") ?? ""));
    }
    if (req.method === "POST") {
      const body = await req.json().catch(() => null);
      if (!body?.client || !body?.photo) throw new ProofError(400, "client and photo required");
      return Response.json(
        setPick(gallery, String(body.client), String(body.photo), body.selected !== false),
      );
    }
  }
  if ((m = SHEET.exec(url)) && req.method === "GET") {
    const { gallery } = m.pathname.groups as Record<string, string>;
    const client = url.searchParams.get("client") ?? "";
    const sheet = contactSheet(gallery, picksOf(gallery, client));
    recentDownloads.push({ gallery, client, at: new Date().toISOString() });
    if (recentDownloads.length > MAX_RECENT) {
      recentDownloads.splice(0, recentDownloads.length - MAX_RECENT);
    }
    return new Response(sheet, { headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`photo proofs on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/stats") {
    return Response.json({
      thumbnails: thumbnailStats(),
      pool: poolStats(),
      timings: timings(),
      recentDownloads,
    });
  }
  begin(req, url.pathname.split("/").slice(0, 2).join("/") + "/…");
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof ProofError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  } finally {
    end(req);
  }
});
