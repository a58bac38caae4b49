/**
 * `get_stats`: read an application's JSON stats endpoint and show what changed since the
 * previous reading of the same URL.
 *
 * @module
 */

import { z } from "zod";
import { readBodyUpTo } from "../inspector/mod.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";
import { checkToolUrl } from "./remote_urls.ts";
import { statsText } from "./text.ts";
import { READS_LIVE } from "./annotations.ts";

/** Bodies larger than this are refused. */
export const MAX_STATS_BYTES = 1024 * 1024;
/** Give up on a stats endpoint after this long. */
export const STATS_TIMEOUT_MS = 5000;

/** Numeric leaves of a JSON value by dotted path: `{a: {b: 1}}` → `{"a.b": 1}`. */
export function numericLeaves(value: unknown, prefix = "", out: Record<string, number> = {}) {
  if (typeof value === "number" && Number.isFinite(value)) out[prefix || "(value)"] = value;
  else if (Array.isArray(value)) out[`${prefix}.length`.replace(/^\./, "")] = value.length;
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      numericLeaves(v, prefix ? `${prefix}.${k}` : k, out);
    }
  }
  return out;
}

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
      STATS_TIMEOUT_MS / 1000
    } s ` +
    `timeout; bodies over ${MAX_STATS_BYTES / 1024} KB refused.`,
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
    let res: Response;
    try {
      res = await fetch(url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(STATS_TIMEOUT_MS)]),
        redirect: "manual",
        headers: { accept: "application/json" },
      });
    } catch (e) {
      const timedOut = e instanceof DOMException && e.name === "TimeoutError";
      throw new ToolError(
        timedOut
          ? `${url} did not answer within ${STATS_TIMEOUT_MS / 1000} s.`
          : `Could not reach ${url}: ${(e as Error).message.split("\n")[0]}`,
        "Check that the app is running and serves JSON stats at that URL (pass url to change it).",
        { cause: e },
      );
    }
    const body = await readBodyUpTo(res, MAX_STATS_BYTES);
    if (body === undefined) {
      throw new ToolError(
        `${url.href} returned more than ${MAX_STATS_BYTES} bytes; that is not a stats summary.`,
        "Point get_stats at a small JSON stats endpoint.",
      );
    }
    if (!res.ok) {
      throw new ToolError(
        `${url} answered HTTP ${res.status}.`,
        "Pass the URL of the app's JSON stats endpoint.",
      );
    }
    let stats: unknown;
    try {
      stats = JSON.parse(body);
    } catch {
      throw new ToolError(
        `${url} did not return JSON (starts with ${JSON.stringify(body.slice(0, 60))}).`,
        "Pass the URL of the app's JSON stats endpoint.",
      );
    }
    const prev = host.lastStats.get(url.href);
    host.lastStats.set(url.href, stats);
    const before = prev === undefined ? {} : numericLeaves(prev);
    const after = numericLeaves(stats);
    const changes = Object.keys(after)
      .filter((k) => k in before && before[k] !== after[k])
      .map((k) => ({ key: k, before: before[k], after: after[k], delta: after[k] - before[k] }));
    const structured = { url: url.href, stats, changes, firstReading: prev === undefined };
    return { text: statsText({ ...structured, leaves: after }), structured };
  },
});
