import { previousTap, remember, state, sweep, type Tap } from "./dedupe.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const out = Deno.stdout.writable.getWriter();
const encoder = new TextEncoder();
function log(line: string) {
  out.write(encoder.encode(`${new Date().toISOString()} ${line}\n`)).catch(() => {});
}

const routes = {
  taps: new URLPattern({ pathname: "/taps" }),
  terminal: new URLPattern({ pathname: "/terminals/:id" }),
};

let nextAuth = 1;
/** The acquirer's answer (its latency, then an auth code); gives up when the till hangs up. */
async function authorise(tap: Tap, signal: AbortSignal): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  signal.throwIfAborted();
  if (tap.amountCents > 10_000) throw new Error("over the contactless limit");
  return `A${String(nextAuth++).padStart(6, "0")}`;
}

function parseTap(body: Record<string, unknown>): Tap | string {
  if (typeof body.terminal !== "string") return "terminal required";
  if (typeof body.card !== "string" || !/^\d{4}\*{4}\d{4}$|^tok_\w+$/.test(body.card)) {
    return "card must be a masked PAN or a token";
  }
  if (!Number.isInteger(body.amountCents)) return "amountCents must be an integer";
  return {
    terminal: body.terminal,
    card: body.card,
    amountCents: body.amountCents as number,
    currency: typeof body.currency === "string" ? body.currency : "EUR",
    tappedAt: typeof body.tappedAt === "string" ? body.tappedAt : new Date().toISOString(),
  };
}

const sweeper = setInterval(() => {
  const removed = sweep();
  if (removed) log(`forgot ${removed} taps`);
}, 500);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => log(`card-taps on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (routes.taps.test(url) && req.method === "POST") {
    const tap = parseTap(await req.json());
    if (typeof tap === "string") return Response.json({ error: tap }, { status: 400 });
    const earlier = previousTap(tap);
    if (earlier) {
      return Response.json(
        { status: "double-tap", authCode: earlier.authCode, firstAt: earlier.tappedAt },
        { status: 409 },
      );
    }
    try {
      const authCode = await authorise(tap, req.signal);
      remember(tap, authCode);
      return Response.json({ status: "approved", authCode }, { status: 201 });
    } catch (err) {
      if (req.signal.aborted) return new Response(null, { status: 499 });
      return Response.json({ status: "declined", reason: (err as Error).message }, { status: 402 });
    }
  }

  const t = routes.terminal.exec(url);
  if (t && req.method === "GET") {
    const terminal = state.terminals[t.pathname.groups.id!];
    if (!terminal) return Response.json({ error: "unknown terminal" }, { status: 404 });
    return Response.json({
      id: terminal.id,
      lastSeen: terminal.lastSeen,
      counters: terminal.counters,
      recent: Object.keys(terminal.recent).length,
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});

Deno.addSignalListener("SIGINT", () => {
  clearInterval(sweeper);
  Deno.exit(0);
});
