import { LruCache } from "./lru.ts";
import { renderAvatar } from "./avatar.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const AVATAR = /^\/avatars\/([^/]+)\.svg$/;
const avatars = new LruCache<string, string>(64);
let served = 0;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`avatars listening on 127.0.0.1:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, cached: avatars.size, served });

  const match = AVATAR.exec(url.pathname);
  if (match && req.method === "GET") {
    const name = decodeURIComponent(match[1]).trim();
    if (!name || name.length > 80) return new Response("bad name", { status: 400 });
    const size = Math.min(Math.max(Number(url.searchParams.get("size")) || 96, 16), 512);
    const key = `${name.toLowerCase()}@${size}`;
    let svg = avatars.get(key);
    if (svg === undefined) {
      svg = renderAvatar(name, size);
      avatars.set(key, svg);
    }
    served++;
    return new Response(svg, {
      headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" },
    });
  }
  return new Response("not found", { status: 404 });
});
