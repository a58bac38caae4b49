// @ts-nocheck: winston's types call its base class `transport`; the program extends
// `winston.Transport`, as winston's docs write it and as it is at run time.
// FX quotes: mid rates from the rates desk through an undici Pool (4 connections), a spread on
// top, each quote held for 30 s under a uuid; mids cached per pair for 2 s in a capped Map;
// per-request abort wired to the service's shutdown signal and unwired when the call ends;
// a winston logger whose in-memory transport keeps the last 100 lines.
import { Pool } from "undici";
import winston from "winston";
import { v4 as uuidv4 } from "uuid";
import { startRatesDesk } from "./rates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

class RingTransport extends winston.Transport {
  lines: string[] = [];
  override log(info: { level: string; message: string; [k: string]: unknown }, next: () => void) {
    this.lines.push(`${info.level} ${info.message}`);
    if (this.lines.length > 100) this.lines.shift();
    next();
  }
}
const ring = new RingTransport();
const logger = winston.createLogger({ level: "info", transports: [ring] });

const desk = startRatesDesk();
const pool = new Pool(`http://127.0.0.1:${desk.addr.port}`, { connections: 4 });
const shutdown = new AbortController();

const mids = new Map<string, { mid: number; fetchedAt: number }>();
const MIDS_MAX = 64;
const quotes = new Map<
  string,
  { id: string; pair: string; amount: number; rate: number; expiresAt: number }
>();
const QUOTE_TTL = 30_000;
const QUOTES_MAX = 200;

async function midRate(base: string, quote: string): Promise<number> {
  const pair = `${base}/${quote}`;
  const hit = mids.get(pair);
  if (hit && Date.now() - hit.fetchedAt < 2000) return hit.mid;
  const ac = new AbortController();
  const onShutdown = () => ac.abort(shutdown.signal.reason);
  shutdown.signal.addEventListener("abort", onShutdown, { once: true });
  const timer = setTimeout(() => ac.abort(new Error("rates desk timeout")), 2000);
  try {
    const { statusCode, body } = await pool.request({
      method: "GET",
      path: `/mid/${base}/${quote}`,
      signal: ac.signal,
    });
    const data = (await body.json()) as { mid?: number; error?: string };
    if (statusCode !== 200 || data.mid === undefined) {
      throw new Error(data.error ?? `desk said ${statusCode}`);
    }
    mids.delete(pair);
    mids.set(pair, { mid: data.mid, fetchedAt: Date.now() });
    if (mids.size > MIDS_MAX) mids.delete(mids.keys().next().value!);
    return data.mid;
  } finally {
    clearTimeout(timer);
    shutdown.signal.removeEventListener("abort", onShutdown);
  }
}

function pruneQuotes(now: number) {
  for (const [id, q] of quotes) {
    if (q.expiresAt <= now || quotes.size > QUOTES_MAX) quotes.delete(id);
    else break; // insertion order is expiry order
  }
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/log") return Response.json(ring.lines.slice(-20));
  if (url.pathname === "/stats") return Response.json({ mids: mids.size, quotes: quotes.size });

  const m = /^\/quotes\/([A-Z]{3})-([A-Z]{3})$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const amount = Number(url.searchParams.get("amount") ?? "100");
    const client = url.searchParams.get("client") ?? "anon";
    try {
      const mid = await midRate(m[1], m[2]);
      const rate = mid * (amount >= 10_000 ? 0.998 : 0.995);
      const now = Date.now();
      pruneQuotes(now);
      const q = { id: uuidv4(), pair: `${m[1]}/${m[2]}`, amount, rate, expiresAt: now + QUOTE_TTL };
      quotes.set(q.id, q);
      logger.info(`quote ${q.id} ${q.pair} ${amount} @ ${rate.toFixed(5)} for ${client}`);
      return Response.json({ ...q, converted: +(amount * rate).toFixed(2) });
    } catch (err) {
      logger.warn(`quote ${m[1]}/${m[2]} failed: ${(err as Error).message}`);
      return Response.json({ error: (err as Error).message }, { status: 502 });
    }
  }
  const a = /^\/quotes\/([0-9a-f-]{36})\/accept$/.exec(url.pathname);
  if (a && req.method === "POST") {
    const q = quotes.get(a[1]);
    if (!q || q.expiresAt <= Date.now()) {
      return Response.json({ error: "quote expired" }, { status: 410 });
    }
    quotes.delete(q.id);
    return Response.json({ accepted: q.id, rate: q.rate });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
