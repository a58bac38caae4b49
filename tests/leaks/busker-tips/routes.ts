import { DoubleTapGuard } from "./guard.ts";
import { findPerformer, payTip, type TipRequest } from "./tips.ts";

const guard = new DoubleTapGuard(1_500);
const TIP = new URLPattern({ pathname: "/performers/:slug/tips" });
const PERFORMER = new URLPattern({ pathname: "/performers/:slug" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function tip(req: Request, slug: string): Promise<Response> {
  const performer = findPerformer(slug);
  if (!performer) return json({ error: "no such performer" }, 404);
  const body = await req.json().catch(() => null) as TipRequest | null;
  if (!body?.card) return json({ error: "amountCents and card are required" }, 400);
  const device = req.headers.get("x-device-id") ?? "anonymous";
  const fingerprint = `${device}|${slug}|${body.amountCents}|${body.card.token}`;
  const earlier = guard.replay(fingerprint);
  if (earlier) return json({ ...earlier, replayed: true });
  try {
    const receipt = await payTip(performer, body);
    guard.remember(fingerprint, receipt);
    return json(receipt, 201);
  } catch (err) {
    if (err instanceof RangeError) return json({ error: err.message }, 422);
    throw err;
  }
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  const tipMatch = TIP.exec(url);
  if (tipMatch && req.method === "POST") return await tip(req, tipMatch.pathname.groups.slug!);
  const performerMatch = PERFORMER.exec(url);
  if (performerMatch && req.method === "GET") {
    const performer = findPerformer(performerMatch.pathname.groups.slug!);
    return performer ? json(performer) : json({ error: "no such performer" }, 404);
  }
  if (url.pathname === "/guard" && req.method === "GET") return json({ remembered: guard.size });
  return json({ error: "not found" }, 404);
}
