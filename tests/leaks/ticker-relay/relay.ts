import ky, { type KyInstance } from "ky";
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { ulid } from "ulid";

interface Tick {
  symbol: string;
  seq: number;
  price: number;
  size: number;
}

interface RelayStream {
  id: string;
  symbol: string;
  client: string;
  state: "open" | "done" | "failed" | "closed";
  controller: AbortController;
  ticks: Tick[];
  lastEventId?: string;
  startedAt: number;
  finishedAt?: number;
  idleTimer?: ReturnType<typeof setTimeout>;
}

const IDLE_MS = 10_000;
const RETAIN_MS = 2_000;

// Every upstream subscription, open or recently finished, for the operations page.
export const activeStreams = new Map<string, RelayStream>();

let feed: KyInstance;

export function configureFeed(exchangeUrl: string): void {
  feed = ky.create({
    prefix: exchangeUrl,
    timeout: 5_000,
    retry: { limit: 2, methods: ["get"] },
    headers: { accept: "text/event-stream", "x-relay": "ticker-relay/1.4" },
  });
}

// Finished subscriptions stay listed for a moment so the operations page can show them.
setInterval(() => {
  const now = Date.now();
  for (const [id, stream] of activeStreams) {
    if (stream.state === "closed" && now - (stream.finishedAt ?? now) > RETAIN_MS) {
      activeStreams.delete(id);
    }
  }
}, 1_000);

async function consume(stream: RelayStream, body: ReadableStream<Uint8Array>): Promise<void> {
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  const parser = createParser({
    onEvent(message: EventSourceMessage) {
      stream.lastEventId = message.id;
      if (message.event === "end") resolve();
      else if (message.event === "trade") stream.ticks.push(JSON.parse(message.data));
    },
    onError: reject,
  });
  const pump = (async () => {
    for await (const chunk of body.pipeThrough(new TextDecoderStream())) parser.feed(chunk);
    resolve();
  })();
  pump.catch(reject);
  await promise;
}

export async function snapshot(symbol: string, ticks: number, client: string) {
  const stream: RelayStream = {
    id: ulid(),
    symbol,
    client,
    state: "open",
    controller: new AbortController(),
    ticks: [],
    startedAt: Date.now(),
  };
  activeStreams.set(stream.id, stream);
  stream.idleTimer = setTimeout(() => stream.controller.abort(new Error("idle")), IDLE_MS);
  try {
    const res = await feed.get(`feeds/${symbol}`, {
      searchParams: { ticks },
      signal: stream.controller.signal,
    });
    await consume(stream, res.body!);
    stream.state = "done";
  } catch (err) {
    stream.state = "failed";
    throw err;
  } finally {
    clearTimeout(stream.idleTimer);
    stream.finishedAt = Date.now();
  }
  const prices = stream.ticks.map((t) => t.price);
  return {
    stream: stream.id,
    symbol,
    ticks: stream.ticks.length,
    last: prices.at(-1),
    high: Math.max(...prices),
    low: Math.min(...prices),
    volume: stream.ticks.reduce((n, t) => n + t.size, 0),
  };
}

export function closeStream(id: string): boolean {
  const stream = activeStreams.get(id);
  if (!stream) return false;
  stream.controller.abort(new Error("closed by operator"));
  stream.state = "closed";
  stream.finishedAt = Date.now();
  return true;
}

export function openStreams() {
  return [...activeStreams.values()].filter((s) => s.state === "open").map((s) => ({
    id: s.id,
    symbol: s.symbol,
    client: s.client,
    ticks: s.ticks.length,
    age: Date.now() - s.startedAt,
  }));
}
