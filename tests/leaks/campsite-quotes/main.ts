import { Container, type Resolver, token } from "./vendor/tiny-di/mod.ts";
import { cached, esc, Price } from "./render.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8867;

type Pitch = { id: string; name: string; nightlyCents: number; maxGuests: number };
type Request_ = { id: string; lang: string; body: Record<string, unknown> };
const LANGS = new Set(["en-GB", "nl-NL", "de-DE", "fr-FR"]);

class Quoter implements Disposable {
  closed = false;
  constructor(readonly req: Request_, readonly pitches: Map<string, Pitch>) {}
  quote(pitchId: string, nights: number, guests: number) {
    const pitch = this.pitches.get(pitchId);
    if (!pitch || guests > pitch.maxGuests) return undefined;
    const cents = pitch.nightlyCents * nights + Math.max(0, guests - 2) * 650 * nights;
    return { pitch: pitch.id, nights, guests, cents, request: this.req.id };
  }
  [Symbol.dispose]() {
    this.closed = true;
  }
}

const PITCHES = token<Map<string, Pitch>>("Pitches");
const REQUEST = token<Request_>("Request");
const QUOTER = token<Quoter>("Quoter");
const container = new Container()
  .register(PITCHES, "singleton", () =>
    new Map([
      ["meadow-12", { id: "meadow-12", name: "Meadow pitch", nightlyCents: 2450, maxGuests: 4 }],
      ["lake-3", { id: "lake-3", name: "Lakeside pitch", nightlyCents: 3900, maxGuests: 6 }],
      ["hut-1", { id: "hut-1", name: "Trekkers' hut", nightlyCents: 5800, maxGuests: 2 }],
    ]))
  .register(REQUEST, "scoped", () => ({ id: "none", lang: "en-GB", body: {} }))
  .register(QUOTER, "scoped", (r: Resolver) => new Quoter(r.get(REQUEST), r.get(PITCHES)));

// Quote events go to one consumer: the occupancy-interest counters per pitch.
const interest: Record<string, number> = { "meadow-12": 0, "lake-3": 0, "hut-1": 0 };
let emit!: (event: { pitch: string; nights: number }) => void;
const quoteEvents = new ReadableStream<{ pitch: string; nights: number }>({
  start: (c) => void (emit = (event) => c.enqueue(event)),
});
(async () => {
  for await (const event of quoteEvents) interest[event.pitch] += event.nights;
})();

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/quotes" && req.method === "POST") {
    const body = await req.json();
    const lang = LANGS.has(body.lang) ? body.lang : "en-GB";
    using scope = container.createScope();
    scope.provide(REQUEST, {
      id: req.headers.get("x-request-id") ?? crypto.randomUUID(),
      lang,
      body,
    });
    const nights = Math.min(14, Math.max(1, Number(body.nights) || 1));
    const quote = scope.get(QUOTER).quote(String(body.pitch), nights, Number(body.guests) || 2);
    if (!quote) {
      return Response.json({ error: "no such pitch for that many guests" }, { status: 422 });
    }
    emit({ pitch: quote.pitch, nights });
    return Response.json({ ...quote, html: cached(Price, { cents: quote.cents, lang }) }, {
      status: 201,
    });
  }
  const m = /^\/pitches\/([\w-]+)$/.exec(url.pathname);
  const pitch = m && container.get(PITCHES).get(m[1]);
  if (pitch) {
    const lang = LANGS.has(url.searchParams.get("lang") ?? "")
      ? url.searchParams.get("lang")!
      : "en-GB";
    const html = `<h1>${esc(pitch.name)}</h1><p>${
      cached(Price, { cents: pitch.nightlyCents, lang })
    } a night</p>`;
    return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (url.pathname === "/stats") return Response.json({ interest });
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`campsite-quotes on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return Response.json({ error: String((err as Error).message ?? err) }, { status: 400 });
  }
});
