import { trackCache } from "./playout.ts";
import { cueSheetLine, nowPlaying, PlayoutError, trackStarted } from "./playout.ts";

const CUE_SHEET = new URLPattern({ pathname: "/tracks/:isrc/cue-sheet" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

interface PlayoutEvent {
  event?: string;
  isrc?: string;
  channel?: string;
  source?: string;
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });

  if (url.pathname === "/playout/events" && req.method === "POST") {
    const event = await req.json().catch(() => null) as PlayoutEvent | null;
    if (!event?.isrc || !event.event) return json({ error: "event and isrc are required" }, 400);
    if (event.event !== "start") return json({ ignored: event.event }, 202);
    const playing = await trackStarted(event.channel ?? "main", event.isrc, event.source);
    return json(playing, 201);
  }

  if (url.pathname === "/now-playing" && req.method === "GET") {
    const playing = nowPlaying(url.searchParams.get("channel") ?? "main");
    return playing ? json(playing) : json({ error: "nothing on air" }, 404);
  }

  const cue = CUE_SHEET.exec(url);
  if (cue && req.method === "GET") {
    const line = cueSheetLine(cue.pathname.groups.isrc!);
    return line ? json(line) : json({ error: "track not in the cache" }, 404);
  }

  if (url.pathname === "/cache" && req.method === "GET") return json(trackCache.stats());
  return json({ error: "not found" }, 404);
}

export async function handle(req: Request): Promise<Response> {
  try {
    return await route(req, new URL(req.url));
  } catch (err) {
    if (err instanceof PlayoutError) return json({ error: err.message }, err.status);
    throw err;
  }
}
