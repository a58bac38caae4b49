import { ConfigError, type PluginConfig, PluginHost } from "./host.ts";
import { findPage, renderPage } from "./pages.ts";
import { analytics, analyticsStats } from "./plugins/analytics.ts";
import { csp } from "./plugins/csp.ts";
import { seo } from "./plugins/seo.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8162;

const ADMIN_TOKEN = "cms-admin-dev";

const host = new PluginHost("Bakkerij Jansen")
  .register("seo", seo)
  .register("analytics", analytics)
  .register("csp", csp);

await host.configure({
  seo: { siteName: "Bakkerij Jansen", baseUrl: "https://bakkerijjansen.nl" },
  csp: { reportOnly: false },
  analytics: false,
});

const PAGE = new URLPattern({ pathname: "/pages/:slug" });

function parseConfig(body: unknown): PluginConfig {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new ConfigError(400, "expected a JSON object of plugin settings");
  }
  const config: PluginConfig = {};
  for (const [name, options] of Object.entries(body)) {
    if (options === false) config[name] = false;
    else if (options && typeof options === "object" && !Array.isArray(options)) {
      config[name] = options as Record<string, unknown>;
    } else throw new ConfigError(422, `settings for ${name} must be an object or false`);
  }
  return config;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  if (url.pathname === "/admin/plugins") {
    if (req.headers.get("authorization") !== `Bearer ${ADMIN_TOKEN}`) {
      throw new ConfigError(401, "admin token required");
    }
    if (req.method === "GET") {
      return Response.json({
        config: host.config,
        ...host.describe(),
        analytics: analyticsStats(),
      });
    }
    if (req.method === "POST") {
      const config = parseConfig(await req.json().catch(() => null));
      const loaded = await host.configure(config);
      return Response.json({ loaded, generation: host.generation });
    }
    throw new ConfigError(405, "method not allowed");
  }

  const m = PAGE.exec(url);
  if (req.method === "GET" && (m || url.pathname === "/")) {
    const slug = m ? m.pathname.groups.slug! : "home";
    const page = findPage(slug);
    if (!page) throw new ConfigError(404, `no page ${slug}`);
    return await renderPage(host, page, req, url.pathname);
  }
  throw new ConfigError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`cms pages on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof ConfigError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
