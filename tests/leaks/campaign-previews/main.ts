import { v4 as uuidv4 } from "uuid";
import { type Campaign, registerCampaignBlocks, renderPreview } from "./templates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

// Drafts being edited; a campaign leaves this list once it is sent.
const drafts = new Map<string, Campaign>();
const sent: { id: string; subject: string; sentAt: number; recipients: number }[] = [];

const json = (body: unknown, status = 200) => Response.json(body, { status });

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return json({ drafts: drafts.size, sent: sent.length });

  if (url.pathname === "/campaigns" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body.id !== "string" || !/^[a-z0-9-]{3,60}$/.test(body.id)) {
      return json({ error: "id required" }, 400);
    }
    const c: Campaign = {
      id: body.id,
      subject: String(body.subject ?? ""),
      currency: String(body.currency ?? "EUR"),
      header: String(body.header ?? ""),
      footer: String(body.footer ?? ""),
      products: Array.isArray(body.products) ? body.products : [],
      updatedAt: Date.now(),
    };
    try {
      registerCampaignBlocks(c);
    } catch (err) {
      return json({ error: `template error: ${(err as Error).message}` }, 422);
    }
    drafts.set(c.id, c);
    return json({ id: c.id, preview: `/campaigns/${c.id}/preview` }, 201);
  }

  const m = /^\/campaigns\/([a-z0-9-]{3,60})\/(preview|send)$/.exec(url.pathname);
  if (!m) return json({ error: "not found" }, 404);
  const c = drafts.get(m[1]);
  if (!c) return json({ error: "no such draft" }, 404);

  if (m[2] === "preview" && req.method === "GET") {
    const html = renderPreview(
      c,
      {
        firstName: url.searchParams.get("name") ?? "Sam",
        email: url.searchParams.get("to") ?? "sam@example.com",
      },
      uuidv4(),
    );
    return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (m[2] === "send" && req.method === "POST") {
    const { recipients = 0 } = await req.json().catch(() => ({}));
    drafts.delete(c.id);
    sent.push({ id: c.id, subject: c.subject, sentAt: Date.now(), recipients });
    if (sent.length > 40) sent.shift();
    return json({ id: c.id, state: "sent", batch: uuidv4() }, 202);
  }
  return json({ error: "method not allowed" }, 405);
});
