import superjson from "superjson";
import { differenceInCalendarYears } from "date-fns";
import { cacheStats, featuredQuery, loyaltyQuery, profileQuery, queryClient } from "./queries.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

/** The app decodes with superjson too, so Dates arrive as Dates. */
function reply(data: unknown, status = 200): Response {
  return new Response(superjson.stringify(data), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return reply({ ok: true });
  if (url.pathname === "/internal/cache") return reply(cacheStats());

  if (url.pathname === "/catalog/featured") {
    return reply({ items: await queryClient.fetchQuery(featuredQuery) });
  }

  if (url.pathname === "/me/summary") {
    const userId = req.headers.get("x-user-id");
    if (!userId) return reply({ error: "x-user-id is required" }, 401);
    const [profile, loyalty] = await Promise.all([
      queryClient.fetchQuery(profileQuery(userId)),
      queryClient.fetchQuery(loyaltyQuery(userId)),
    ]);
    return reply({
      greeting: `Hi ${profile.displayName.split(" ")[0]}`,
      profile,
      yearsAsMember: differenceInCalendarYears(new Date(), profile.memberSince),
      loyalty: {
        tier: loyalty.tier,
        points: loyalty.points,
        nextExpiry: loyalty.expiring[0],
      },
    });
  }

  if (url.pathname === "/me/profile" && req.method === "PATCH") {
    const userId = req.headers.get("x-user-id");
    if (!userId) return reply({ error: "x-user-id is required" }, 401);
    const patch = await req.json().catch(() => ({})) as { marketingOptIn?: boolean };
    await queryClient.invalidateQueries({ queryKey: ["profile", userId] });
    return reply({ ok: true, applied: patch });
  }

  return reply({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, handle);
