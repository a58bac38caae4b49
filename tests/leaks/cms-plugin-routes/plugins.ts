import type { Router } from "./router.ts";

export type PluginConfig = Record<string, string>;

interface PluginDef {
  register(router: Router, owner: { plugin: string; version: string }, config: PluginConfig): void;
}

const submissions = new Map<string, number>();

const catalog: Record<string, PluginDef> = {
  forms: {
    register(router, owner, config) {
      router.add("GET", "/forms/:form", (_req, p) =>
        Response.json({
          form: p.form,
          action: `/forms/${p.form}`,
          recipient: config.recipient,
          by: owner,
        }), owner);
      router.add("POST", "/forms/:form", (_req, p) => {
        submissions.set(p.form!, (submissions.get(p.form!) ?? 0) + 1);
        return Response.json({ received: true, count: submissions.get(p.form!) }, { status: 202 });
      }, owner);
      router.add(
        "GET",
        "/forms/:form/thanks",
        () => new Response(config.thanks ?? "Thank you!"),
        owner,
      );
    },
  },
  redirects: {
    register(router, owner, config) {
      const base = config.base ?? "https://example.com";
      router.add(
        "GET",
        "/go/:slug",
        (_req, p) => Response.redirect(`${base}/${p.slug}`, 302),
        owner,
      );
      router.add("GET", "/admin/redirects", () => Response.json({ base, by: owner }), owner);
    },
  },
};

const installed = new Map<string, { version: string; config: PluginConfig; at: string }>();

export function install(router: Router, name: string, version: string, config: PluginConfig) {
  const def = catalog[name];
  if (!def) return { status: "unknown" as const };
  const prev = installed.get(name);
  if (prev && prev.version === version) return { status: "unchanged" as const };
  installed.set(name, { version, config, at: new Date().toISOString() });
  def.register(router, { plugin: name, version }, config);
  return { status: prev ? "upgraded" as const : "installed" as const, from: prev?.version };
}

export function uninstall(router: Router, name: string) {
  if (!installed.delete(name)) return false;
  router.removePlugin(name);
  return true;
}

export function listInstalled() {
  return Object.fromEntries(installed);
}
