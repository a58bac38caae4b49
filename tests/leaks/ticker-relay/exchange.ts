/**
 * Stand-in for the exchange's market-data feed (in the same process so the relay runs on its
 * own): GET /feeds/:symbol streams `ticks` trade events as server-sent events, then `end`.
 */
const BASE: Record<string, number> = { ASML: 612.4, ADYEN: 1402.5, SHELL: 31.82, INGA: 14.61 };

export function startExchange(): string {
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
    const url = new URL(req.url);
    const m = /^\/feeds\/([A-Z]+)$/.exec(url.pathname);
    if (!m || !BASE[m[1]]) return new Response("unknown symbol", { status: 404 });
    const symbol = m[1];
    const ticks = Math.min(Number(url.searchParams.get("ticks") ?? 5), 50);
    const enc = new TextEncoder();
    let seq = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (seq === 0) controller.enqueue(enc.encode(": feed open\nretry: 2000\n\n"));
        if (seq < ticks) {
          const price = BASE[symbol] * (1 + Math.sin(Date.now() / 1000 + seq) / 500);
          const tick = { symbol, seq, price: Number(price.toFixed(3)), size: 10 + seq * 7 };
          controller.enqueue(
            enc.encode(`id: ${symbol}-${seq}\nevent: trade\ndata: ${JSON.stringify(tick)}\n\n`),
          );
          seq++;
        } else {
          controller.enqueue(enc.encode("event: end\ndata: {}\n\n"));
          controller.close();
        }
      },
    });
    return new Response(body, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
    });
  });
  return `http://127.0.0.1:${server.addr.port}`;
}
