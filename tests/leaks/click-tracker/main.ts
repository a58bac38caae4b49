import { countClick, snapshot } from "./counters.ts";
import { ClickDeduper } from "./dedupe.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const CAMPAIGNS = new Set(["spring-sale", "newsletter", "retargeting"]);

interface Beacon {
  clickId?: string;
  campaign?: string;
  link?: string;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`click-tracker listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/beacon" && req.method === "POST") {
    let beacon: Beacon;
    try {
      beacon = JSON.parse(await req.text());
    } catch {
      return new Response(null, { status: 400 });
    }
    const { clickId, campaign, link } = beacon;
    if (!clickId || !campaign || !link || !CAMPAIGNS.has(campaign)) {
      return new Response(null, { status: 422 });
    }
    if (ClickDeduper.firstTime(clickId)) countClick(campaign, link.slice(0, 64));
    return new Response(null, { status: 204 });
  }

  if (url.pathname === "/stats") {
    return Response.json({ campaigns: snapshot(), distinctClicks: ClickDeduper.size });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
