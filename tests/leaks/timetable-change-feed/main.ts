import { ChangeFeed, FeedError, type TimetableChange } from "./feed.ts";
import { RecentKeys } from "./recent-keys.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const feed = new ChangeFeed();
const submitted = new RecentKeys<TimetableChange>(32);
const KINDS = new Set(["room", "cover", "cancelled", "moved"]);

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new FeedError(400, "bad JSON");
  }
}

type ChangeInput = Partial<Omit<TimetableChange, "seq" | "at">>;

async function recordChange(req: Request): Promise<Response> {
  const requestId = req.headers.get("x-request-id");
  const seen = requestId ? submitted.get(requestId) : undefined;
  if (seen) return json(seen, 200);
  const body = await readJson<ChangeInput>(req);
  if (!body.lesson || !body.kind || !KINDS.has(body.kind)) {
    throw new FeedError(400, "lesson and a valid kind are required");
  }
  const change = feed.append({
    lesson: body.lesson,
    kind: body.kind,
    from: body.from ?? "",
    to: body.to ?? "",
    reason: body.reason ?? "",
    year: body.year ?? "all",
  });
  if (requestId) submitted.set(requestId, change);
  return json(change, 201);
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json({ ...feed.stats(), duplicates: submitted.hits });
  if (url.pathname === "/changes" && req.method === "POST") return recordChange(req);
  if (parts[0] === "clients" && parts[1] && parts.length === 3) {
    const client = parts[1];
    if (parts[2] === "subscribe" && req.method === "POST") {
      const body = await readJson<{ year?: string }>(req);
      return json(feed.subscribe(client, body.year ?? "all"), 201);
    }
    if (parts[2] === "changes" && req.method === "GET") {
      const wait = Number(url.searchParams.get("wait") ?? 0);
      return json({ changes: await feed.poll(client, Number.isFinite(wait) ? wait : 0) });
    }
    if (parts[2] === "unsubscribe" && req.method === "POST") return json(feed.unsubscribe(client));
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: ({ port }) => console.log(`timetable changes on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    if (err instanceof FeedError) return json({ error: err.message }, err.status);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
