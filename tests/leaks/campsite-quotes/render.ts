const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
export const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (ch) => ESCAPES[ch]);

// deno-lint-ignore no-explicit-any
export type Component<P = any> = (props: P) => string;

/** Rendered fragments of pure components, by component and props (200 per component). */
const fragmentCache = new Map<Component, Map<string, string>>();

export function cached<P>(component: Component<P>, props: P): string {
  let byProps = fragmentCache.get(component);
  if (!byProps) {
    byProps = new Map();
    fragmentCache.set(component, byProps);
  }
  const key = JSON.stringify(props);
  let fragment = byProps.get(key);
  if (fragment === undefined) {
    fragment = component(props);
    byProps.set(key, fragment);
    if (byProps.size > 200) byProps.delete(byProps.keys().next().value!);
  }
  return fragment;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A price in the visitor's language: a module-level component, its formatter per language. */
export const Price = ({ cents, lang }: { cents: number; lang: string }) => {
  let money = formatters.get(lang);
  if (!money) {
    money = new Intl.NumberFormat(lang, { style: "currency", currency: "EUR" });
    formatters.set(lang, money);
  }
  return `<span class="price" lang="${esc(lang)}">${esc(money.format(cents / 100))}</span>`;
};
