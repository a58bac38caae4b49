/**
 * Which scripts are the runtime's own: a tiny module so the analysis workers can tell without
 * loading the source-map library.
 *
 * @module
 */

/** Scripts whose URL marks them as the runtime's own code, not the program's. */
const RUNTIME_URL = /^(ext:|node:|internal[:/]|deno:|chrome-extension:|$)/;

/** Whether a script URL belongs to the runtime (Deno's `ext:`, Node's `node:` and internals). */
export function isRuntimeUrl(url: string | undefined): boolean {
  return url === undefined || RUNTIME_URL.test(url);
}

/** Whether a script URL is a dependency's (under a `node_modules` folder), not the program's own. */
export function isDependencyUrl(url: string | undefined): boolean {
  return url !== undefined && /[/\\]node_modules[/\\]/.test(url);
}

/** The package a dependency's script belongs to (`express-session`, `@koa/router`), from its path. */
export function packageOf(url: string): string | undefined {
  return packageAt(url)?.name;
}

/**
 * The innermost package a script belongs to: its name and its folder (`…/node_modules/<name>`,
 * spelled as the script's URL is).
 */
export function packageAt(url: string): { name: string; dir: string } | undefined {
  const parts = url.split(/[/\\]node_modules[/\\]/);
  if (parts.length < 2) return undefined;
  const rest = parts.at(-1)!;
  const name = /^(@[^/\\]+[/\\][^/\\]+|[^/\\]+)/.exec(rest)?.[1];
  return name === undefined
    ? undefined
    : { name, dir: url.slice(0, url.length - rest.length) + name };
}
