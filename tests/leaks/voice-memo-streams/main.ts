import { ListenTracker } from "./listens.ts";
import { memos } from "./memos.ts";
import { SegmentCache } from "./segments.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const segments = new SegmentCache(24);
const listens = new ListenTracker();
const MAX_RANGE = 256 * 1024;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`; one range only. */
function parseRange(header: string, size: number): [number, number] | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  let start: number;
  let end: number;
  if (m[1] === "") {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return null;
  return [start, Math.min(end, start + MAX_RANGE - 1)];
}

function audio(req: Request, memoId: string): Response {
  const memo = memos.get(memoId);
  if (!memo) return json({ error: "no such memo" }, 404);
  const size = memo.audio.length;
  const header = req.headers.get("range");
  if (!header) {
    listens.served(req.headers.get("x-listen"), size);
    return new Response(memo.audio.slice(), {
      headers: {
        "content-type": memo.mime,
        "content-length": String(size),
        "accept-ranges": "bytes",
      },
    });
  }
  const range = parseRange(header, size);
  if (!range) {
    return new Response(null, { status: 416, headers: { "content-range": `bytes */${size}` } });
  }
  const [start, end] = range;
  const body = segments.range(memo, start, end);
  listens.served(req.headers.get("x-listen"), body.length);
  return new Response(body, {
    status: 206,
    headers: {
      "content-type": memo.mime,
      "content-range": `bytes ${start}-${end}/${size}`,
      "content-length": String(body.length),
      "accept-ranges": "bytes",
    },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json({ segments: segments.stats() });

  if (parts[0] === "memos" && parts[1]) {
    if (parts[2] === "audio" && req.method === "GET") return audio(req, parts[1]);
    if (parts.length === 2 && req.method === "GET") {
      const memo = memos.get(parts[1]);
      if (!memo) return json({ error: "no such memo" }, 404);
      return json({
        id: memo.id,
        title: memo.title,
        author: memo.author,
        durationSec: memo.durationSec,
        ...listens.forMemo(memo.id),
      });
    }
  }
  if (parts[0] === "listens") {
    if (parts.length === 1 && req.method === "POST") {
      const body = await req.json().catch(() => ({}));
      if (typeof body.listen !== "string" || !memos.has(body.memo)) {
        return json({ error: "listen and a known memo are required" }, 400);
      }
      const listen = listens.open(body.listen, body.memo, String(body.device ?? "web"));
      return json({ id: listen.id, audio: `/memos/${listen.memo}/audio` }, 201);
    }
    if (parts[2] === "complete" && req.method === "POST") {
      const body = await req.json().catch(() => ({}));
      const done = listens.complete(parts[1], Number(body.position ?? 0));
      return done ? json(done) : json({ error: "no such listen" }, 404);
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`voice memos on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
