// Loads the commission rules module. Outside production it is imported afresh on every call,
// so an edit to rules/commission.mjs shows up in the next settlement without a restart.

const RULES_URL = new URL("./rules/commission.mjs", import.meta.url);
const hotReload = process.env.NODE_ENV !== "production";

let rules;

export async function loadRules() {
  if (!hotReload) {
    rules ??= await import(RULES_URL.href);
    return rules;
  }
  // a new query string makes the ESM loader read and evaluate the file again
  return import(`${RULES_URL.href}?t=${Date.now()}`);
}
