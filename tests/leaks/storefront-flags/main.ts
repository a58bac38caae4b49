import { type EvalContext, FlagClient, type FlagDocument } from "./flags.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8593;

const FLAG_DOCUMENT: FlagDocument = {
  version: 42,
  flags: [
    {
      key: "new-checkout",
      variations: ["off", "on"],
      fallthrough: "off",
      rules: [{ attribute: "plan", in: ["staff"], variation: "on" }],
      rolloutPercent: 25,
    },
    {
      key: "free-shipping-banner",
      variations: ["hidden", "shown"],
      fallthrough: "hidden",
      rules: [{ attribute: "country", in: ["NL", "BE"], variation: "shown" }],
    },
    {
      key: "recommendations-model",
      variations: ["v1", "v2"],
      fallthrough: "v1",
      rules: [],
      rolloutPercent: 50,
    },
  ],
};

// The flag service's SDK endpoint; served from memory in this deployment.
const loadFlags = () => Promise.resolve(structuredClone(FLAG_DOCUMENT));

const flags = new FlagClient(loadFlags, 250);
await flags.start();

function contextOf(req: Request, url: URL): EvalContext {
  return {
    userId: req.headers.get("x-user-id") ?? url.searchParams.get("user") ?? "anonymous",
    country: (req.headers.get("x-country") ?? "NL").toUpperCase(),
    plan: req.headers.get("x-plan") ?? "free",
  };
}

function storefront(ctx: EvalContext) {
  const checkout = flags.variation("new-checkout", ctx, "off");
  const banner = flags.variation("free-shipping-banner", ctx, "hidden");
  const model = flags.variation("recommendations-model", ctx, "v1");
  return {
    layout: checkout === "on" ? "one-page" : "classic",
    banners: banner === "shown" ? [{ id: "free-shipping", text: "Free shipping over €50" }] : [],
    recommendations: { model, slots: model === "v2" ? 12 : 8 },
  };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`storefront-flags on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/storefront" && req.method === "GET") {
    return Response.json(storefront(contextOf(req, url)));
  }
  if (url.pathname === "/flags" && req.method === "GET") {
    const ctx = contextOf(req, url);
    return Response.json({
      "new-checkout": flags.variation("new-checkout", ctx, "off"),
      "free-shipping-banner": flags.variation("free-shipping-banner", ctx, "hidden"),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
