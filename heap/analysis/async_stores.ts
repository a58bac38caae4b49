/**
 * Growth an AsyncLocalStorage store keeps: Node keeps the store of `enterWith(store)` (and of
 * `run()`, for what starts inside it) on the async resources current then, under the
 * storage's `kResourceStore` symbol, for as long as each resource lives — a request's parser
 * resource lives as long as its keep-alive connection, so the next request there starts with
 * the last one's store. Found by that edge on the suspect's path; the program's `enterWith(`
 * call, if any, is where the store is set.
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import type { GrowthRecord } from "./growth.ts";
import { linesMatching } from "./source_text.ts";

/** The property Node's AsyncLocalStorage keeps a store under on an async resource. */
const STORE_EDGE = "<symbol kResourceStore>";

/** The async resource that keeps the store, and the program's `enterWith(` call. */
export interface AsyncStoreHold {
  resource: string;
  enterWith?: SourceStatement;
}

/** Whether `r`'s growth is kept by an AsyncLocalStorage store on an async resource. */
export function asyncStoreHold(
  r: Pick<GrowthRecord, "path" | "formerHolder">,
  sources: [string, string][],
): AsyncStoreHold | undefined {
  for (const path of [r.path, r.formerHolder]) {
    const steps = path?.steps ?? [];
    const k = steps.findIndex((st) => st.edge === STORE_EDGE);
    if (k < 1) continue;
    const enterWith = linesMatching(sources, /\.\s*enterWith\s*\(/, 1)[0];
    return { resource: steps[k - 1].node, ...(enterWith ? { enterWith } : {}) };
  }
  return undefined;
}

/**
 * The fix for growth an AsyncLocalStorage store keeps: where the store is set, what keeps it,
 * and (for a chain linked by `link`) how each store keeps the one before.
 */
export function asyncStoreFix(
  hold: AsyncStoreHold | undefined,
  chain?: { cls: string; link: string },
): string | undefined {
  if (!hold) return undefined;
  const set = hold.enterWith
    ? `enterWith() (line ${hold.enterWith.location.line}: ${hold.enterWith.text}) leaves its ` +
      `store on the async resource current when it runs`
    : "an AsyncLocalStorage store stays on the async resources current while it is set";
  const chained = chain
    ? `, and each new ${chain.cls} takes the store it finds as its .${chain.link}: the ` +
      `resource keeps every one, linked`
    : "";
  return `${set} — here a ${hold.resource}, which lives as long as its connection — so what ` +
    `runs there next starts with it${chained}. Set the store with storage.run(store, handler) ` +
    `so it ends with the call${chain ? ", or do not link a new one to the store it finds" : ""}`;
}
