import { nextForCrew } from "./crews.ts";
import { LiveFeed } from "./live.ts";
import { eventOf, type FeedEvent, type ReportInput, ReportStore } from "./reports.ts";
import { WARDS } from "./wards.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const store = new ReportStore();
const liveFeed = new LiveFeed<FeedEvent>();

function publicView(ref: string) {
  const r = store.get(ref);
  if (!r) return undefined;
  return {
    ref: r.ref,
    street: r.street,
    ward: r.ward.name,
    priority: r.priority,
    reportedAt: new Date(r.reportedAt).toISOString(),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/wards") {
    return Response.json(WARDS.map(({ code, name }) => ({ code, name })));
  }
  if (url.pathname === "/stats") return Response.json({ ...store.stats(), feed: liveFeed.stats() });

  if (parts[0] === "reports" && !parts[1] && req.method === "POST") {
    const input = await req.json() as ReportInput;
    try {
      const report = store.add(input);
      liveFeed.publish(eventOf("reported", report));
      return Response.json(publicView(report.ref), { status: 201 });
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 400 });
    }
  }
  if (parts[0] === "reports" && parts[1] && !parts[2]) {
    const view = publicView(parts[1]);
    return view ? Response.json(view) : Response.json({ error: "not open" }, { status: 404 });
  }
  if (parts[0] === "reports" && parts[2] === "fixed" && req.method === "POST") {
    const { crew } = await req.json() as { crew: string };
    const report = store.fix(parts[1], crew);
    if (!report) return Response.json({ error: "not open" }, { status: 404 });
    liveFeed.publish(eventOf("fixed", report));
    return Response.json({ ref: report.ref, fixedBy: crew });
  }
  if (parts[0] === "crews" && parts[2] === "next") {
    const wait = Number(url.searchParams.get("wait") ?? 200);
    const event = await nextForCrew(liveFeed, parts[1], wait);
    return event ? Response.json(event) : new Response(null, { status: 204 });
  }
  if (parts[0] === "wards" && parts[1]) return Response.json(store.wardSummary(parts[1]));
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`pothole reports on :${port}`) },
  handle,
);
