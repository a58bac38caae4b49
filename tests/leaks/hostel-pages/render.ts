/** HTML that is already escaped. */
export class Safe {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escape(value: unknown): string {
  if (value instanceof Safe) return value.html;
  if (Array.isArray(value)) return value.map(escape).join("");
  if (value === undefined || value === null || value === false) return "";
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += escape(values[i]) + strings[i + 1];
  return new Safe(out);
}

// deno-lint-ignore no-explicit-any
export type Component<P = any> = (props: P) => Safe;

const MAX_FRAGMENTS_PER_COMPONENT = 200;

/**
 * Rendered fragments of pure components, by component and props: a room card or a price
 * renders the same for the same props, so pages reuse the HTML.
 */
const fragmentCache = new Map<Component, Map<string, Safe>>();
let hits = 0;
let misses = 0;

export function cached<P>(component: Component<P>, props: P): Safe {
  let byProps = fragmentCache.get(component);
  if (!byProps) {
    byProps = new Map();
    fragmentCache.set(component, byProps);
  }
  const key = JSON.stringify(props);
  const hit = byProps.get(key);
  if (hit) {
    hits++;
    return hit;
  }
  misses++;
  const fragment = component(props);
  byProps.set(key, fragment);
  if (byProps.size > MAX_FRAGMENTS_PER_COMPONENT) byProps.delete(byProps.keys().next().value!);
  return fragment;
}

export function cacheStats() {
  const ratio = hits + misses ? hits / (hits + misses) : 0;
  return { hits, misses, hitRatio: Math.round(ratio * 1000) / 1000 };
}
