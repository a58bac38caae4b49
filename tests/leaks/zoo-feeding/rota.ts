import { Diet } from "./diets.ts";

const BRAND = Symbol.for("zoo.rota");

export interface Rota {
  [BRAND]: true;
  enclosure: string;
  html: string;
  at: number;
}

/** The enclosure signs' rota, rendered on demand and kept while something still uses it. */
const rendered = new Map<string, WeakRef<Rota>>();
const gone = new FinalizationRegistry<string>((enclosure) => {
  if (rendered.get(enclosure)?.deref() === undefined) rendered.delete(enclosure);
});
const lastFed = new Map<string, { keeper: string; at: number; kg: number }>();
const debounce = new Map<string, ReturnType<typeof setTimeout>>();
const hhmm = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

export function isRota(x: unknown): x is Rota {
  return typeof x === "object" && x !== null && BRAND in x;
}

export function rota(enclosure: string): Rota {
  const hit = rendered.get(enclosure)?.deref();
  if (hit) return hit;
  const diet = Diet.of(enclosure)!;
  const fed = lastFed.get(enclosure);
  const r: Rota = {
    [BRAND]: true,
    enclosure,
    html:
      `<section><h2>${diet.species}</h2><p>Diet: ${diet.lines.map((l) => l.food).join(", ")}</p>` +
      (fed
        ? `<p>Last fed ${hhmm.format(fed.at)} by ${fed.keeper} (${fed.kg} kg)</p>`
        : "<p>Not fed yet today</p>") +
      "</section>",
    at: Date.now(),
  };
  rendered.set(enclosure, new WeakRef(r));
  gone.register(r, enclosure);
  return r;
}

/** A feed changes the sign; signs are refreshed at most every 200 ms per enclosure. */
export function fed(enclosure: string, keeper: string, kg: number) {
  lastFed.set(enclosure, { keeper, at: Date.now(), kg });
  clearTimeout(debounce.get(enclosure));
  debounce.set(
    enclosure,
    setTimeout(() => {
      debounce.delete(enclosure);
      rendered.delete(enclosure);
    }, 200),
  );
}
