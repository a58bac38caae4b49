import { invalidatePresenter, presenterCount, presenterFor } from "./presenter.ts";
import { resolveConfig, studios, type WidgetConfig } from "./studios.ts";
import { weekFor } from "./timetable.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;
const WEEK_START = new Date("2024-09-16T00:00:00Z");

let rendered = 0;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function timetable(config: WidgetConfig) {
  const p = presenterFor(config);
  rendered++;
  return {
    studio: config.displayName,
    css: p.css,
    days: Object.entries(
      Object.groupBy(weekFor(config.studio, WEEK_START), (c) => p.day.format(new Date(c.startsAt))),
    ).map(([day, classes]) => ({
      day,
      classes: (classes ?? []).map((c) => ({
        id: c.id,
        title: c.title,
        time: p.time.format(new Date(c.startsAt)),
        teacher: `${p.label("teacher")} ${c.teacher}`,
        level: `${p.label("level")} ${c.level}`,
        price: p.money.format(c.priceCents / 100),
        action: c.booked >= c.capacity ? p.label("waitlist") : p.label("book"),
        spaces: `${c.capacity - c.booked} ${p.label("spaces")}`,
      })),
    })),
  };
}

function classDetail(config: WidgetConfig, id: string) {
  const c = weekFor(config.studio, WEEK_START).find((x) => x.id === id);
  if (!c) return null;
  const p = presenterFor(config);
  rendered++;
  return {
    ...c,
    when: `${p.day.format(new Date(c.startsAt))}, ${p.time.format(new Date(c.startsAt))}`,
    price: p.money.format(c.priceCents / 100),
    action: c.booked >= c.capacity ? p.label("full") : p.label("book"),
  };
}

const SETTINGS = ["accent", "font", "displayName", "showTeacherPhotos"] as const;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return json(200, { rendered, presenters: presenterCount() });

  const studio = parts[1] ? studios.get(parts[1]) : undefined;
  if ((parts[0] === "w" || parts[0] === "studios") && !studio) {
    return json(404, { error: "no such studio" });
  }
  // GET /w/:studio/timetable, GET /w/:studio/classes/:id
  if (parts[0] === "w" && studio && req.method === "GET") {
    const config = resolveConfig(studio, url.searchParams);
    if (parts[2] === "timetable") return json(200, timetable(config));
    if (parts[2] === "classes" && parts[3]) {
      const detail = classDetail(config, decodeURIComponent(parts[3]));
      return detail ? json(200, detail) : json(404, { error: "no such class" });
    }
  }
  // PATCH /studios/:studio/settings
  if (parts[0] === "studios" && studio && parts[2] === "settings" && req.method === "PATCH") {
    const patch = await req.json() as Record<string, unknown>;
    const next: WidgetConfig = { ...studio.config, labels: { ...studio.config.labels } };
    for (const key of SETTINGS) {
      if (key in patch) Object.assign(next, { [key]: patch[key] });
    }
    invalidatePresenter(studio.config);
    studio.config = next;
    studio.updatedAt = new Date().toISOString();
    return json(200, { studio: studio.id, updatedAt: studio.updatedAt, config: next });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
