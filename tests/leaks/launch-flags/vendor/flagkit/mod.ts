// flagkit 0.9.3 — local flag evaluation with optional exposure reporting.
// Vendored: the build box has no registry access.

export type Attributes = Record<string, string | number | boolean>;

export interface EvalContext {
  key: string;
  attributes?: Attributes;
}

export interface Rule {
  attribute: string;
  op: "eq" | "in" | "endsWith";
  values: (string | number | boolean)[];
  variation: string;
}

export interface FlagDefinition {
  key: string;
  variations: Record<string, unknown>;
  rules?: Rule[];
  rollout?: { variation: string; percent: number; otherwise: string };
  fallthrough: string;
  enabled?: boolean;
  offVariation?: string;
}

export interface Exposure {
  flag: string;
  variation: string;
  reason: string;
  contextKey: string;
  attributes: Attributes;
  at: number;
}

export interface Evaluation {
  value: unknown;
  variation: string;
  reason: string;
}

export type ExposureTransport = (batch: Exposure[]) => Promise<void>;

export interface FlagClientOptions {
  flags: FlagDefinition[];
  /** Where exposures are sent; without it the client evaluates offline. */
  transport?: ExposureTransport;
  flushIntervalMs?: number;
}

function bucket(flagKey: string, contextKey: string): number {
  // FNV-1a over "flag.context", mapped onto 0..99
  let h = 0x811c9dc5;
  for (const ch of `${flagKey}.${contextKey}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

function matches(rule: Rule, ctx: EvalContext): boolean {
  const actual = rule.attribute === "key" ? ctx.key : ctx.attributes?.[rule.attribute];
  if (actual === undefined) return false;
  switch (rule.op) {
    case "eq":
      return actual === rule.values[0];
    case "in":
      return rule.values.includes(actual);
    case "endsWith":
      return rule.values.some((v) => String(actual).endsWith(String(v)));
  }
}

export class FlagClient {
  #flags = new Map<string, FlagDefinition>();
  #exposures: Exposure[] = [];
  #transport?: ExposureTransport;
  #timer: ReturnType<typeof setInterval>;
  #flushing = false;

  constructor(options: FlagClientOptions) {
    for (const flag of options.flags) this.#flags.set(flag.key, flag);
    this.#transport = options.transport;
    this.#timer = setInterval(() => this.flush(), options.flushIntervalMs ?? 200);
  }

  update(flag: FlagDefinition) {
    this.#flags.set(flag.key, flag);
  }

  definition(key: string): FlagDefinition | undefined {
    return this.#flags.get(key);
  }

  keys(): string[] {
    return [...this.#flags.keys()];
  }

  evaluate(key: string, ctx: EvalContext): Evaluation {
    const flag = this.#flags.get(key);
    if (!flag) return { value: undefined, variation: "", reason: "FLAG_NOT_FOUND" };
    const result = this.#decide(flag, ctx);
    this.#record(flag, ctx, result);
    return result;
  }

  #decide(flag: FlagDefinition, ctx: EvalContext): Evaluation {
    const pick = (variation: string, reason: string) => ({
      value: flag.variations[variation],
      variation,
      reason,
    });
    if (flag.enabled === false) return pick(flag.offVariation ?? flag.fallthrough, "OFF");
    for (const [i, rule] of (flag.rules ?? []).entries()) {
      if (matches(rule, ctx)) return pick(rule.variation, `RULE_MATCH:${i}`);
    }
    if (flag.rollout) {
      const inside = bucket(flag.key, ctx.key) < flag.rollout.percent;
      return pick(inside ? flag.rollout.variation : flag.rollout.otherwise, "ROLLOUT");
    }
    return pick(flag.fallthrough, "FALLTHROUGH");
  }

  #record(flag: FlagDefinition, ctx: EvalContext, result: Evaluation) {
    this.#exposures.push({
      flag: flag.key,
      variation: result.variation,
      reason: result.reason,
      contextKey: ctx.key,
      attributes: { ...ctx.attributes },
      at: Date.now(),
    });
  }

  async flush(): Promise<void> {
    if (!this.#transport || this.#flushing || this.#exposures.length === 0) return;
    const batch = this.#exposures.splice(0, this.#exposures.length);
    this.#flushing = true;
    try {
      await this.#transport(batch);
    } catch {
      // put them back for the next attempt
      this.#exposures.unshift(...batch);
    } finally {
      this.#flushing = false;
    }
  }

  close() {
    clearInterval(this.#timer);
  }
}
