import type { Plugin, PluginFactory } from "../host.ts";

function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** Meta description, Open Graph tags and a canonical link. */
export const seo: PluginFactory = (options) => {
  const siteName = String(options.siteName ?? "");
  const baseUrl = String(options.baseUrl ?? "https://example.com").replace(/\/$/, "");
  const offs: (() => void)[] = [];
  const plugin: Plugin = {
    name: "seo",
    setup(api) {
      offs.push(api.on("head", (ctx) => {
        const title = siteName ? `${ctx.page.title} | ${siteName}` : ctx.page.title;
        ctx.head.set("title", `<title>${escapeAttr(title)}</title>`);
        ctx.head.set(
          "description",
          `<meta name="description" content="${escapeAttr(ctx.page.summary)}">`,
        );
        ctx.head.set("og:title", `<meta property="og:title" content="${escapeAttr(title)}">`);
        ctx.head.set("canonical", `<link rel="canonical" href="${baseUrl}${ctx.path}">`);
      }));
      offs.push(api.on("response", (ctx) => {
        if (ctx.page.slug.startsWith("draft-")) ctx.headers.set("x-robots-tag", "noindex");
      }));
    },
    dispose() {
      for (const off of offs.splice(0)) off();
    },
  };
  return plugin;
};
