/**
 * `get_stats`: read an application's JSON stats endpoint and show what changed since the
 * previous reading of the same URL.
 *
 * @module
 */

import { z } from "zod";
import { getJson, JSON_TIMEOUT_MS, MAX_JSON_BYTES, statChanges } from "../workloads/mod.ts";
import { defineTool } from "./define.ts";
import { checkToolUrl } from "./remote_urls.ts";
import { statsText } from "./text.ts";
import { READS_LIVE } from "./annotations.ts";

const change = z.object({
  key: z.string(),
  before: z.number(),
  after: z.number(),
  delta: z.number(),
});

/** `get_stats`. */
export const getStats = defineTool({
  name: "get_stats",
  title: "Read the app's /stats",
  description:
    "GET a JSON stats endpoint of the program under investigation (default the scenario chat " +
    "server's http://localhost:8086/stats) and report the numbers that changed since the previous " +
    `call for the same URL. Loopback only unless the server allows remote; ${
      JSON_TIMEOUT_MS / 1000
    } s ` +
    `timeout; bodies over ${MAX_JSON_BYTES / 1024} KB refused.`,
  inputSchema: {
    url: z.string().optional().describe("Stats URL (default http://localhost:8086/stats)."),
  },
  outputSchema: {
    url: z.string(),
    stats: z.unknown().describe("The JSON the endpoint returned."),
    changes: z.array(change).describe("Numeric fields that differ from the previous reading."),
    firstReading: z.boolean(),
  },
  annotations: READS_LIVE,
  async handler(args, { host, signal }) {
    const url = checkToolUrl(
      args.url ?? "http://localhost:8086/stats",
      ["http:", "https:"],
      host.config.allowRemote,
    );
    const stats = await getJson(url, { signal });
    const previous = host.lastStats.get(url.href);
    host.lastStats.set(url.href, stats);
    const { leaves, changes } = statChanges(previous, stats);
    const structured = { url: url.href, stats, changes, firstReading: previous === undefined };
    return { text: statsText({ ...structured, leaves }), structured };
  },
});
