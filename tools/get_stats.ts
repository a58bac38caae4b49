/**
 * `get_stats`: read an application's JSON stats endpoint and show what changed since the
 * previous reading of the same URL.
 *
 * @module
 */

import { z } from "zod";
import type { ToolResult } from "../mcp/mod.ts";
import { displayUrl } from "../net/mod.ts";
import { getJson, JSON_TIMEOUT_MS, MAX_JSON_BYTES, statChanges } from "../workloads/mod.ts";
import { READS_LIVE } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { urlArg } from "./argument_shapes.ts";
import { checkToolUrl } from "./remote_urls.ts";

/** The scenario chat server's counters: where a URL-less call looks. */
const DEFAULT_STATS_URL = "http://localhost:8086/stats";

/** Numeric fields shown in the text, at most. */
const MAX_FIELDS_SHOWN = 40;

const output = {
  url: z.string(),
  stats: z.unknown().describe("The JSON the endpoint returned."),
  changes: z.array(z.object({
    key: z.string(),
    before: z.number(),
    after: z.number(),
    delta: z.number(),
  })).describe("Numeric fields that differ from the previous reading."),
  firstReading: z.boolean(),
};

/** What `get_stats` returns. */
export type GetStatsResult = ToolResult<typeof output>;

/** `get_stats`. */
export const getStats = defineTool({
  name: "get_stats",
  title: "Read the app's /stats",
  description:
    "GET a JSON stats endpoint of the program under investigation (by default the scenario " +
    "chat server's) and report the numbers that changed since the previous call for the same " +
    `URL. Loopback only unless the server allows remote; ${JSON_TIMEOUT_MS / 1000} s timeout; ` +
    `bodies over ${MAX_JSON_BYTES / 1024} KB refused.`,
  inputSchema: {
    url: urlArg.default(DEFAULT_STATS_URL).describe("Stats URL."),
  },
  outputSchema: output,
  annotations: READS_LIVE,
  async handler(args, { host, signal }) {
    const url = checkToolUrl(args.url, ["http:", "https:"], host.config.allowRemote);
    const stats = await getJson(url, { signal });
    const previous = host.lastStats.get(url.href);
    host.lastStats.set(url.href, stats);
    const { leaves, changes } = statChanges(previous, stats);
    const structured: GetStatsResult = {
      url: displayUrl(url),
      stats,
      changes,
      firstReading: previous === undefined,
    };
    return { text: statsText(structured, leaves), structured };
  },
});

/** Every numeric field (the first {@link MAX_FIELDS_SHOWN}), then what changed. */
function statsText(s: GetStatsResult, leaves: Record<string, number>): string {
  const summary = Object.entries(leaves).slice(0, MAX_FIELDS_SHOWN)
    .map(([k, v]) => `${k}=${v}`).join(", ");
  let text = `${s.url}: ${summary || JSON.stringify(s.stats).slice(0, 400)}`;
  if (s.firstReading) text += "\n(First reading of this URL; the next call shows changes.)";
  else if (s.changes.length === 0) text += "\nNo numeric field changed since the previous reading.";
  else {
    text += "\nChanged since the previous reading: " +
      s.changes.map((c) =>
        `${c.key} ${c.before} → ${c.after} (${c.delta > 0 ? "+" : ""}${c.delta})`
      ).join(", ");
  }
  return text;
}
