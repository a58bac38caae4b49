import { pattern, PATTERNS } from "./catalog.ts";
import { accounts, postSales, SalesJournal } from "./ledger.ts";
import { OrderBook } from "./orders.ts";
import { nextRelease, ReleaseHub } from "./releases.ts";
import { estimate } from "./yardage.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const orders = new OrderBook();
const journal = new SalesJournal();
const hub = new ReleaseHub();
postSales(journal);
setInterval(() => orders.sweep(), 250);

function pdfText(slug: string, ref: string, email: string) {
  const p = pattern(slug)!;
  const lines = [`%PDF-1.7 (text stand-in)`, `${p.title} by ${p.designer}`];
  lines.push(`Licensed to ${email}, order ${ref}. Personal use only.`);
  p.pages.forEach((text, n) => lines.push(`Page ${n + 1}: ${text}`));
  return lines.join("\n");
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/patterns") {
    return Response.json(PATTERNS.map(({ slug, title, priceGbp }) => ({ slug, title, priceGbp })));
  }
  if (url.pathname === "/stats") {
    return Response.json({
      orders: orders.stats(),
      listening: hub.listening(),
      accounts: { ...accounts, royalties: Object.fromEntries(accounts.royalties) },
    });
  }

  if (parts[0] === "patterns" && parts[2] === "yardage") {
    const p = pattern(parts[1]);
    if (!p) return Response.json({ error: "no such pattern" }, { status: 404 });
    const size = url.searchParams.get("size") ?? "";
    const result = estimate(p, size, Number(url.searchParams.get("gauge") ?? p.gauge));
    return result
      ? Response.json(result)
      : Response.json({ error: "size or gauge out of range" }, { status: 400 });
  }

  if (parts[0] === "orders" && req.method === "POST") {
    const { ref, email, patterns } = await req.json() as {
      ref: string;
      email: string;
      patterns: string[];
    };
    try {
      const order = orders.place(ref, email, patterns);
      journal.record(order);
      return Response.json({
        ref,
        totalGbp: order.totalGbp,
        links: [...order.open].map((slug) => `/downloads/${ref}/${slug}`),
      }, { status: 201 });
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 400 });
    }
  }

  if (parts[0] === "downloads" && parts[1] && parts[2]) {
    const found = orders.download(parts[1], parts[2]);
    if (!found) return Response.json({ error: "link used or unknown" }, { status: 410 });
    return new Response(pdfText(found.slug, parts[1], "customer"), {
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }

  if (parts[0] === "releases" && parts[1] === "next") {
    const release = await nextRelease(hub, Number(url.searchParams.get("wait") ?? 100));
    return release ? Response.json(release) : new Response(null, { status: 204 });
  }
  if (parts[0] === "releases" && !parts[1] && req.method === "POST") {
    const body = await req.json() as { title: string; slug?: string; note?: string };
    hub.publish({ ...body, at: Date.now() });
    return Response.json({ listening: hub.listening() }, { status: 202 });
  }
  if (parts[0] === "releases") return Response.json(hub.recent());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`knitting patterns on :${port}`) },
  handle,
);
