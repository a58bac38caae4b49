/**
 * Starts the real scenario-2 bookshop search API — the slow one or its fixed twin, under Deno
 * (`app.ts`) or Node (`node/app.mjs`) — with `--inspect` on a free port and its own HTTP port,
 * ready once `/health` answers. Always `stop()` it.
 *
 * @module
 */

import { type InspectTarget, startInspectTarget } from "./inspect_target.ts";

/** Which build of the service. */
export type BookshopVariant = "slow" | "fixed";

const SCENARIO_DIR = new URL("../../scenario-2/", import.meta.url);

/** The service's entry file for `runtime` and `variant`. */
export function bookshopScript(runtime: "deno" | "node", variant: BookshopVariant): string {
  const name = variant === "slow" ? "app" : "app_fixed";
  return new URL(runtime === "deno" ? `${name}.ts` : `node/${name}.mjs`, SCENARIO_DIR).pathname;
}

/** The search the tests and the demo profile: three common words, thousands of hits. */
export const BOOKSHOP_QUERY = "q=garden%20light%20river";

/** A running bookshop with its search URL. */
export interface Bookshop extends InspectTarget {
  searchUrl: string;
}

/** Starts the bookshop (see the module doc). */
export async function startBookshop(
  runtime: "deno" | "node",
  variant: BookshopVariant,
): Promise<Bookshop> {
  const target = await startInspectTarget({
    runtime,
    script: bookshopScript(runtime, variant),
    runtimeFlags: runtime === "deno" ? ["--allow-net=127.0.0.1", "--allow-env=PORT"] : [],
    withHttpPort: true,
    httpPortFlag: "--port=",
    readyPath: "/health",
  });
  return { ...target, searchUrl: `http://127.0.0.1:${target.httpPort}/search?${BOOKSHOP_QUERY}` };
}

/** The 1-based line of the first line of `script` that contains `code`. */
export async function lineOf(script: string, code: string): Promise<number> {
  const line = (await Deno.readTextFile(script)).split("\n").findIndex((l) => l.includes(code));
  if (line < 0) throw new Error(`${script} has no line with ${code}`);
  return line + 1;
}
