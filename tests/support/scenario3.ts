/**
 * Scenario 3 (the order service) for tests: started under Deno or Node with `--inspect` on free
 * ports, and the line numbers of its code found by the text on them (the tests know the
 * scenario; the tools never do).
 *
 * @module
 */

import { type InspectTarget, startInspectTarget } from "./inspect_target.ts";

const DIR = new URL("../../scenario-3/", import.meta.url);

/** The script of a build: Deno's `.ts` or Node's `.mjs`, buggy or fixed. */
export function scenario3Script(runtime: "deno" | "node", fixed: boolean): string {
  const name = `${runtime === "node" ? "node/" : ""}app${fixed ? "_fixed" : ""}.${
    runtime === "node" ? "mjs" : "ts"
  }`;
  return new URL(name, DIR).pathname;
}

/** Starts the order service with an inspector; ready once `/health` answers. */
export function startOrderService(
  runtime: "deno" | "node",
  fixed: boolean,
): Promise<InspectTarget> {
  return startInspectTarget({
    runtime,
    script: scenario3Script(runtime, fixed),
    withHttpPort: true,
    httpPortFlag: "--port=",
    readyPath: "/health",
  });
}

/** The 1-based line of the `occurrence`-th line (1: first) containing `text`, after `after`. */
export async function lineOf(
  script: string,
  text: string,
  o: { after?: string } = {},
): Promise<number> {
  const lines = (await Deno.readTextFile(script)).split("\n");
  const from = o.after ? lines.findIndex((l) => l.includes(o.after!)) : 0;
  if (from < 0) throw new Error(`${script} has no line with ${o.after}`);
  const i = lines.findIndex((l, n) => n >= from && l.includes(text));
  if (i < 0) throw new Error(`${script} has no line with ${text}`);
  return i + 1;
}
