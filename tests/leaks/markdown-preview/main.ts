import { renderMarkdown } from "./markdown.ts";
import { record, snapshot } from "./stats.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;
const MAX_INPUT = 64 * 1024;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`markdown preview listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json(snapshot());
  if (url.pathname === "/preview" && req.method === "POST") {
    const source = await req.text();
    if (source.length > MAX_INPUT) return Response.json({ error: "too large" }, { status: 413 });
    const started = performance.now();
    const { html, headings, words } = renderMarkdown(source);
    record(source.length, html.length, performance.now() - started);
    return Response.json({
      html,
      outline: headings,
      words,
      readingMinutes: Math.ceil(words / 230),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
