import { cacheStats } from "./render.ts";
import { HOSTELS, listPage, roomsPage } from "./pages.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8862;

const LANGS = new Set(["en-GB", "nl-NL", "pt-PT", "de-DE", "fr-FR"]);
const page = (body: { toString(): string }, status = 200) =>
  new Response(body.toString(), {
    status,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
let views = 0;

function handle(url: URL): Response {
  if (url.pathname === "/hostels") return page(listPage());
  const m = /^\/hostels\/([\w-]+)\/rooms$/.exec(url.pathname);
  const hostel = m && HOSTELS.find((h) => h.slug === m[1]);
  if (!hostel) return page("<h1>Not found</h1>", 404);
  const lang = url.searchParams.get("lang") ?? "en-GB";
  const nights = Math.min(30, Math.max(1, Number(url.searchParams.get("nights")) || 1));
  views++;
  return page(roomsPage(hostel, LANGS.has(lang) ? lang : "en-GB", nights));
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`hostel-pages on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/status") return Response.json({ views, fragments: cacheStats() });
  try {
    return handle(url);
  } catch (err) {
    console.error(err);
    return page("<h1>Something went wrong</h1>", 500);
  }
});
