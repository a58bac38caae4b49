import { type CalendarEvent, getEvent, upsertEvent } from "./events.ts";
import { formatRange, formatWhen, type Style } from "./formatting.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const STYLES: Style[] = ["short", "medium", "long", "full"];

function viewOf(e: CalendarEvent, url: URL, req: Request) {
  const locale = url.searchParams.get("locale") ??
    req.headers.get("accept-language")?.split(",")[0] ?? "en-GB";
  const timeZone = url.searchParams.get("tz") ?? "Europe/Amsterdam";
  const style = (STYLES.find((s) => s === url.searchParams.get("style")) ?? "medium") as Style;
  const end = new Date(e.startsAt.getTime() + e.minutes * 60_000);
  return {
    id: e.id,
    title: e.title,
    room: e.room,
    when: formatWhen({ locale, timeZone, style, at: e.startsAt }),
    range: formatRange({ locale, timeZone, style, at: e.startsAt }, end),
  };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`event-calendar listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/events" && req.method === "POST") {
    const b = await req.json();
    const startsAt = new Date(b.startsAt);
    if (!b.id || Number.isNaN(startsAt.getTime())) {
      return Response.json({ error: "id and startsAt required" }, { status: 400 });
    }
    const e: CalendarEvent = {
      id: String(b.id),
      title: String(b.title ?? "Untitled"),
      startsAt,
      minutes: Number(b.minutes) || 30,
      room: String(b.room ?? "TBD"),
    };
    upsertEvent(e);
    return Response.json(viewOf(e, url, req), { status: 201 });
  }

  const m = url.pathname.match(/^\/events\/([\w-]+)$/);
  if (m && req.method === "GET") {
    const e = getEvent(m[1]);
    if (!e) return Response.json({ error: "no such event" }, { status: 404 });
    return Response.json(viewOf(e, url, req));
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
