import { handleThumbnail } from "./thumbnails.ts";
import { storage } from "./storage.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`thumbnailer listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, storage: storage.status() });
  if (url.pathname === "/thumbnails" && req.method === "POST") return await handleThumbnail(req);
  return Response.json({ error: "not found" }, { status: 404 });
});
