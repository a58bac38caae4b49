import { FlagClient, type FlagDefinition } from "./vendor/flagkit/mod.ts";

/**
 * The developer portal's flags. Evaluated locally: the portal does not report exposures, the
 * experiments team reads them from the product analytics pipeline instead.
 */
const definitions: FlagDefinition[] = [
  {
    key: "new-pipeline-editor",
    variations: { on: true, off: false },
    rules: [{ attribute: "org", op: "in", values: ["acme", "initech"], variation: "on" }],
    rollout: { variation: "on", percent: 25, otherwise: "off" },
    fallthrough: "off",
  },
  {
    key: "runner-pool",
    variations: { shared: "shared-x64", large: "large-x64-16c", arm: "shared-arm64" },
    rules: [
      { attribute: "plan", op: "eq", values: ["enterprise"], variation: "large" },
      { attribute: "arch", op: "eq", values: ["arm64"], variation: "arm" },
    ],
    fallthrough: "shared",
  },
  {
    key: "log-retention-days",
    variations: { short: 7, standard: 30, long: 90 },
    rules: [{ attribute: "plan", op: "in", values: ["team", "enterprise"], variation: "long" }],
    fallthrough: "standard",
  },
  {
    key: "preview-deploys",
    variations: { on: true, off: false },
    rules: [{ attribute: "email", op: "endsWith", values: ["@acme.dev"], variation: "on" }],
    rollout: { variation: "on", percent: 50, otherwise: "off" },
    fallthrough: "off",
  },
];

export const flags = new FlagClient({ flags: definitions });
