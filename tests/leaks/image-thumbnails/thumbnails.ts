import { storage } from "./storage.ts";

const SIZE = 64;

/** A SIZE×SIZE RGBA placeholder (dominant colour + a diagonal gradient). */
function renderThumbnail(color: [number, number, number]): Uint8Array {
  const pixels = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const o = (y * SIZE + x) * 4;
      const shade = (x + y) / (2 * SIZE);
      pixels[o] = color[0] * shade;
      pixels[o + 1] = color[1] * shade;
      pixels[o + 2] = color[2] * shade;
      pixels[o + 3] = 255;
    }
  }
  return pixels;
}

function parseColor(hex: unknown): [number, number, number] | null {
  if (typeof hex !== "string" || !/^#[0-9a-f]{6}$/i.test(hex)) return null;
  const n = parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 0xff, n & 0xff];
}

export async function handleThumbnail(req: Request): Promise<Response> {
  const body = await req.json().catch(() => null);
  const color = parseColor(body?.color);
  const imageId = typeof body?.imageId === "string" ? body.imageId : "";
  if (!color || !imageId) {
    return Response.json({ error: "imageId and color required" }, { status: 400 });
  }

  const key = `thumbs/${imageId}.rgba`;
  const thumb = renderThumbnail(color);
  const upload = () => storage.put(key, thumb).then(() => {});
  // If the store drops the connection mid-upload, push it again once it is back.
  storage.onReconnect(upload);
  const etag = await storage.put(key, thumb);
  return Response.json({ key, etag, bytes: thumb.byteLength }, { status: 201 });
}
