import { Bucket } from "./bucket.ts";
import { renderThumb } from "./render.ts";
import { ThumbCache } from "./thumb_cache.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const bucket = new Bucket("recipes-originals");
// ~100 card-sized previews; the hero images are bigger but there are only a few
const thumbs = new ThumbCache(96 * 1024);

const WIDTHS = [160, 320, 640, 1200];
const FORMATS = ["jpeg", "webp", "avif"];

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function thumbnail(photoId: string, url: URL): Promise<Response> {
  const width = Number(url.searchParams.get("w") ?? "320");
  const format = url.searchParams.get("fmt") ?? "jpeg";
  if (!WIDTHS.includes(width)) return json({ error: `width must be one of ${WIDTHS}` }, 400);
  if (!FORMATS.includes(format)) return json({ error: `unsupported format ${format}` }, 400);

  const photo = await bucket.head(photoId);
  if (!photo) return json({ error: "no such photo" }, 404);

  let thumb = thumbs.get(photo.id, width, format);
  if (!thumb || thumb.etag !== photo.etag) {
    const rendered = renderThumb(photo, width, format);
    thumb = thumbs.put(photo, width, format, rendered);
  }
  return json({
    photo: photo.id,
    width: thumb.width,
    height: thumb.height,
    format: thumb.format,
    src: thumb.dataUrl,
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json({ bucket: bucket.name, thumbs: thumbs.stats() });
  if (req.method === "GET" && parts[0] === "photos" && parts[2] === "thumb" && parts[1]) {
    return await thumbnail(decodeURIComponent(parts[1]), url);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`recipe photo thumbs on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    console.error(err);
    return json({ error: String(err) }, 500);
  }));
