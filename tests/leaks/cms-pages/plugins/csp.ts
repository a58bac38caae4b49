import type { PluginFactory } from "../host.ts";

/** Content-Security-Policy with the analytics host allowed when it is configured. */
export const csp: PluginFactory = (options) => {
  const reportOnly = options.reportOnly === true;
  const extraScriptHosts = Array.isArray(options.scriptHosts)
    ? options.scriptHosts.map(String)
    : [];
  let off: (() => void) | null = null;
  return {
    name: "csp",
    setup(api) {
      off = api.on("response", (ctx) => {
        const scriptSrc = ["'self'", ...extraScriptHosts].join(" ");
        const policy = [
          "default-src 'self'",
          `script-src ${scriptSrc}`,
          "img-src 'self' data: https:",
          "frame-ancestors 'none'",
        ].join("; ");
        ctx.headers.set(
          reportOnly ? "content-security-policy-report-only" : "content-security-policy",
          policy,
        );
      });
    },
    dispose() {
      off?.();
      off = null;
    },
  };
};
