/**
 * A stand-in for the shelf-label controller: a line protocol on a loopback TCP port. Each line
 * "LOOKUP <sku>" or "PRICE <sku> <cents>" gets one line back.
 */
const shelves = new Map<string, { aisle: number; bay: number; cents: number }>();
for (let n = 1; n <= 60; n++) {
  shelves.set(`P${String(n).padStart(4, "0")}`, {
    aisle: 1 + (n % 9),
    bay: n % 14,
    cents: 99 + n * 10,
  });
}

function answer(line: string): string {
  const [verb, sku, arg] = line.trim().split(/\s+/);
  const shelf = shelves.get(sku);
  if (!shelf) return `ERR unknown ${sku}`;
  if (verb === "LOOKUP") return `OK ${sku} ${shelf.aisle} ${shelf.bay} ${shelf.cents}`;
  if (verb === "PRICE") {
    const cents = Number(arg);
    if (!Number.isInteger(cents) || cents <= 0) return "ERR price";
    shelf.cents = cents;
    return `OK ${sku} ${shelf.aisle} ${shelf.bay} ${shelf.cents}`;
  }
  return `ERR verb ${verb}`;
}

async function serveConnection(conn: Deno.Conn) {
  const encoder = new TextEncoder();
  const lines = conn.readable.pipeThrough(new TextDecoderStream()).pipeThrough(splitLines());
  try {
    for await (const line of lines) await conn.write(encoder.encode(answer(line) + "\n"));
  } catch {
    // the pool hung up
  } finally {
    try {
      conn.close();
    } catch { /* already closed */ }
  }
}

/** Splits decoded text into lines. */
export function splitLines(): TransformStream<string, string> {
  let tail = "";
  return new TransformStream({
    transform(chunk, controller) {
      const parts = (tail + chunk).split("\n");
      tail = parts.pop()!;
      for (const p of parts) if (p) controller.enqueue(p);
    },
    flush(controller) {
      if (tail) controller.enqueue(tail);
    },
  });
}

/** Starts the daemon on a free loopback port and returns the port. */
export function startDaemon(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  (async () => {
    for await (const conn of listener) serveConnection(conn);
  })();
  return (listener.addr as Deno.NetAddr).port;
}
