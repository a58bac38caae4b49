export interface Rule {
  attribute: "country" | "plan" | "userId";
  in: string[];
  variation: string;
}

export interface FlagDefinition {
  key: string;
  variations: string[];
  fallthrough: string;
  rules: Rule[];
  rolloutPercent?: number;
}

export interface FlagDocument {
  version: number;
  flags: FlagDefinition[];
}

export interface EvalContext {
  userId: string;
  country: string;
  plan: string;
}

export interface Evaluation {
  flag: string;
  value: string;
  reason: { kind: "RULE_MATCH"; ruleIndex: number } | { kind: "ROLLOUT" | "FALLTHROUGH" };
  version: number;
  evaluatedAt: number;
}

function bucket(flag: string, userId: string): number {
  let h = 0x811c9dc5;
  const text = `${flag}.${userId}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100;
}

export class FlagClient {
  #flags = new Map<string, FlagDefinition>();
  #version = -1;
  #evaluations = new Map<string, Evaluation>();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly source: () => Promise<FlagDocument>, private pollMs = 250) {}

  async start() {
    await this.refresh();
    const timer = setInterval(() => this.refresh().catch(console.error), this.pollMs);
    Deno.unrefTimer(timer);
    this.#timer = timer;
  }

  async refresh() {
    const doc = await this.source();
    if (doc.version === this.#version) return;
    this.#version = doc.version;
    this.#flags = new Map(doc.flags.map((f) => [f.key, f]));
    this.#evaluations.clear();
  }

  variation(flagKey: string, ctx: EvalContext, fallback: string): string {
    const cacheKey = `${flagKey}:${ctx.userId}`;
    const cached = this.#evaluations.get(cacheKey);
    if (cached) return cached.value;
    const flag = this.#flags.get(flagKey);
    if (!flag) return fallback;
    const evaluation = this.#evaluate(flag, ctx);
    this.#evaluations.set(cacheKey, evaluation);
    return evaluation.value;
  }

  #evaluate(flag: FlagDefinition, ctx: EvalContext): Evaluation {
    const base = { flag: flag.key, version: this.#version, evaluatedAt: Date.now() };
    const ruleIndex = flag.rules.findIndex((r) => r.in.includes(ctx[r.attribute]));
    if (ruleIndex >= 0) {
      const value = flag.rules[ruleIndex].variation;
      return { ...base, value, reason: { kind: "RULE_MATCH", ruleIndex } };
    }
    if (flag.rolloutPercent !== undefined && bucket(flag.key, ctx.userId) < flag.rolloutPercent) {
      return { ...base, value: flag.variations[1], reason: { kind: "ROLLOUT" } };
    }
    return { ...base, value: flag.fallthrough, reason: { kind: "FALLTHROUGH" } };
  }

  stop() {
    clearInterval(this.#timer);
  }
}
