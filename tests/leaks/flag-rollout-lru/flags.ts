export interface FlagDefinition {
  key: string;
  rollout: number;
  enabled: boolean;
  version: number;
  note: string;
}

export interface AuditEntry {
  at: number;
  key: string;
  from: number;
  to: number;
  actor: string;
}

const AUDIT_SIZE = 50;

/** Flag definitions; a "change" event (detail: the new definition) goes out on every publish. */
export class FlagStore extends EventTarget {
  #defs = new Map<string, FlagDefinition>();
  #audit: (AuditEntry | undefined)[] = new Array(AUDIT_SIZE);
  #auditNext = 0;
  revision = 0;

  constructor(defaults: Omit<FlagDefinition, "version">[]) {
    super();
    this.load(defaults);
  }

  /** Replaces every definition (startup and the admin reload). */
  load(defaults: Omit<FlagDefinition, "version">[]): void {
    this.#defs = new Map(defaults.map((d) => [d.key, { ...d, version: 1 }]));
    this.revision++;
  }

  get(key: string): FlagDefinition | undefined {
    return this.#defs.get(key);
  }

  all(): FlagDefinition[] {
    return [...this.#defs.values()];
  }

  publish(key: string, rollout: number, note: string, actor: string): FlagDefinition | undefined {
    const current = this.#defs.get(key);
    if (!current) return undefined;
    const next = { ...current, rollout, note, version: current.version + 1 };
    this.#defs.set(key, next);
    this.revision++;
    this.#audit[this.#auditNext] = {
      at: Date.now(),
      key,
      from: current.rollout,
      to: rollout,
      actor,
    };
    this.#auditNext = (this.#auditNext + 1) % AUDIT_SIZE;
    this.dispatchEvent(new CustomEvent("change", { detail: next }));
    return next;
  }

  audit(): AuditEntry[] {
    return this.#audit.filter((e): e is AuditEntry => e !== undefined).sort((a, b) => b.at - a.at);
  }

  /** The next change, or null after `ms`; the listener goes either way. */
  nextChange(ms: number): Promise<FlagDefinition | null> {
    const stop = new AbortController();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop.abort();
        resolve(null);
      }, ms);
      this.addEventListener("change", (e) => {
        clearTimeout(timer);
        stop.abort();
        resolve((e as CustomEvent<FlagDefinition>).detail);
      }, { once: true, signal: stop.signal });
    });
  }
}
