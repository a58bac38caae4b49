export interface UserContext {
  id: string;
  plan: string;
  country: string;
}

export interface FlagRule {
  /** Attribute match, e.g. { plan: ["pro", "enterprise"] }. */
  when?: Partial<Record<keyof UserContext, string[]>>;
  /** Percentage of matching users that get `variant` (hashed on the user id). */
  rollout?: number;
  variant: string;
}

export interface FlagDefinition {
  key: string;
  variants: Record<string, unknown>;
  rules: FlagRule[];
  fallback: string;
}

/** Stand-in for the flags each tenant edits in the admin console. */
export const TENANT_FLAGS: Record<string, FlagDefinition[]> = {
  acme: [
    {
      key: "new-checkout",
      variants: { on: true, off: false },
      rules: [{ when: { plan: ["pro", "enterprise"] }, rollout: 50, variant: "on" }],
      fallback: "off",
    },
    {
      key: "search-backend",
      variants: { legacy: "solr", next: "vespa" },
      rules: [{ when: { country: ["NL", "BE"] }, variant: "next" }],
      fallback: "legacy",
    },
    {
      key: "invoice-page-size",
      variants: { small: 25, large: 100 },
      rules: [{ when: { plan: ["enterprise"] }, variant: "large" }],
      fallback: "small",
    },
    {
      key: "support-chat",
      variants: { on: true, off: false },
      rules: [{ rollout: 20, variant: "on" }],
      fallback: "off",
    },
  ],
  globex: [
    { key: "new-checkout", variants: { on: true, off: false }, rules: [], fallback: "off" },
  ],
};
