export interface Variant {
  name: string;
  weight: number;
}

export interface Experiment {
  key: string;
  salt: string;
  version: number;
  variants: Variant[];
  updatedAt: string;
}

export interface Assignment {
  experiment: string;
  variant: string;
  version: number;
  userId: string;
  at: number;
}

const experiments = new Map<string, Experiment>([
  ["checkout-button", {
    key: "checkout-button",
    salt: "cb-2024",
    version: 1,
    variants: [{ name: "control", weight: 50 }, { name: "green", weight: 50 }],
    updatedAt: new Date().toISOString(),
  }],
  ["shipping-estimate", {
    key: "shipping-estimate",
    salt: "se-7",
    version: 1,
    variants: [{ name: "control", weight: 70 }, { name: "range", weight: 30 }],
    updatedAt: new Date().toISOString(),
  }],
  ["gallery-layout", {
    key: "gallery-layout",
    salt: "gl-1",
    version: 1,
    variants: [{ name: "grid", weight: 34 }, { name: "carousel", weight: 33 }, {
      name: "stack",
      weight: 33,
    }],
    updatedAt: new Date().toISOString(),
  }],
]);

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Deterministic bucketing: a user keeps their variant unless the weights change. */
export function assign(key: string, userId: string): Assignment | undefined {
  const exp = experiments.get(key);
  if (!exp) return undefined;
  const total = exp.variants.reduce((n, v) => n + v.weight, 0);
  let point = fnv1a(`${exp.salt}:${userId}`) % total;
  let variant = exp.variants[0];
  for (const v of exp.variants) {
    if (point < v.weight) {
      variant = v;
      break;
    }
    point -= v.weight;
  }
  return { experiment: key, variant: variant.name, version: exp.version, userId, at: Date.now() };
}

/** The admin change: new weights (a ramp-up) bump the experiment's version. */
export function reallocate(key: string, weights: number[]): Experiment | undefined {
  const exp = experiments.get(key);
  if (!exp || weights.length !== exp.variants.length) return undefined;
  const next: Experiment = {
    ...exp,
    version: exp.version + 1,
    variants: exp.variants.map((v, i) => ({ name: v.name, weight: weights[i] })),
    updatedAt: new Date().toISOString(),
  };
  experiments.set(key, next);
  return next;
}

export function listExperiments(): Experiment[] {
  return [...experiments.values()];
}
