import { feeds } from "./feeds.ts";
import { type Channel, Follower, outbox } from "./followers.ts";
import { toSplit } from "./timing.ts";

const json = (body: unknown, status = 200) => Response.json(body, { status });

// deno-lint-ignore no-explicit-any
function newFollower(body: any): Follower | string {
  const device = String(body?.device ?? "");
  if (!device) return "device required";
  const channel: Channel = body.channel === "sms" ? "sms" : "push";
  const address = String(body.address ?? "");
  if (channel === "sms" && !/^\+\d{8,15}$/.test(address)) return "a phone number in +31… form";
  if (channel === "push" && address.length < 16) return "a push token";
  const mats = Array.isArray(body.mats) ? body.mats.map(String) : [];
  return new Follower(
    device,
    String(body.name ?? "spectator"),
    channel,
    address,
    mats,
    body.cheerpoint,
  );
}

export async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") return json({ ok: true });
  if (pathname === "/outbox") return json(outbox);

  // /runners/:bib/followers[/:device/remove]
  const [, section, bib, sub, device, action] = pathname.split("/");
  if (section === "runners" && sub === "followers") {
    const feed = feeds.get(bib);
    if (!feed) return json({ error: "this runner has no live feed" }, 404);
    if (req.method === "POST" && !device) {
      const follower = newFollower(await req.json().catch(() => null));
      if (typeof follower === "string") return json({ error: follower }, 422);
      feed.follow(follower);
      return json({ bib, following: feed.runnerName, splits: feed.splits }, 201);
    }
    if (req.method === "POST" && action === "remove") {
      const gone = feed.unfollow(device);
      return gone ? new Response(null, { status: 204 }) : json({ error: "not following" }, 404);
    }
  }

  // POST /timing/:bib/:mat  { elapsedSeconds } from the timing provider
  if (section === "timing" && req.method === "POST") {
    const feed = feeds.get(bib);
    // deno-lint-ignore no-explicit-any
    const body: any = await req.json().catch(() => ({}));
    const split = feed && toSplit(bib, sub, Number(body.elapsedSeconds));
    if (!feed || !split) return json({ error: "unknown runner or mat" }, 404);
    return json({ split, notified: feed.record(split) });
  }

  return json({ error: "not found" }, 404);
}
