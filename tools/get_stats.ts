/**
 * `get_stats`: read an application's JSON stats endpoint and show what changed since the
 * previous reading of the same URL (the last URL read when none is given); byte counts are
 * shown in KB/MB beside their raw value.
 *
 * @module
 */

import { z } from "zod";
import { formatBytes } from "../heap/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { displayUrl } from "../net/mod.ts";
import { getJson, statChanges, WorkloadError } from "../workloads/mod.ts";
import { READS_LIVE } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { urlArg } from "./argument_shapes.ts";
import { ToolError } from "./errors.ts";
import { checkToolUrl } from "./remote_urls.ts";
import { loadedProgramTexts } from "./loaded_sources.ts";

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
    "The program's own JSON counters (e.g. /stats) to cross-check a suspect: every number " +
    "(bytes also in KB/MB) and what changed since the last reading.",
  inputSchema: {
    url: urlArg.optional().describe("Default: the last URL read"),
  },
  outputSchema: output,
  annotations: READS_LIVE,
  async handler(args, { host, signal }) {
    const raw = args.url ?? [...host.lastStats.keys()].at(-1);
    if (raw === undefined) {
      throw new ToolError(
        "url: no stats URL has been read yet, so there is none to read again.",
        "Pass the program's JSON stats URL, e.g. http://127.0.0.1:8000/stats.",
      );
    }
    const url = checkToolUrl(raw, ["http:", "https:"], host.config.allowRemote);
    let stats: unknown;
    try {
      stats = await getJson(url, { signal });
    } catch (e) {
      if (!(e instanceof WorkloadError) || !["http_status", "not_json"].includes(e.code)) throw e;
      // Which paths the program's own code names, so the next guess is not a guess.
      const texts = await loadedProgramTexts(host.session, () => true, signal);
      const paths = pathsNamedIn(texts.map(([, text]) => text)).filter((p) => p !== url.pathname);
      if (!paths.length) throw e;
      throw new ToolError(
        e.message,
        `${e.hint} Paths the program's code names: ${paths.join(", ")}.`,
        { cause: e },
      );
    }
    const previous = host.lastStats.get(url.href);
    // Deleted first so the last key is the URL read last (the default of the next call).
    host.lastStats.delete(url.href);
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

/**
 * A field that counts bytes, by its name's last part: `bytesTransferred`, `rss`, `heapUsed`,
 * `external`, `arrayBuffers`, `memoryBytes`. (`…Size` is left alone: a collection's size is
 * a count.)
 */
export function isByteField(key: string): boolean {
  const last = key.split(".").at(-1) ?? key;
  return /bytes|^rss$|^heap(used|total)$|^external$|^arraybuffers$|memory/i.test(last);
}

/** `1234567 (1.2 MB)` for a byte field of at least a KB; the raw number otherwise. */
function valueText(key: string, value: number): string {
  return isByteField(key) && Math.abs(value) >= 1024
    ? `${value} (${formatBytes(value)})`
    : `${value}`;
}

/** `+2048, +2.0 KB` for a byte field; `+3` otherwise. */
function deltaText(key: string, delta: number): string {
  const raw = `${delta > 0 ? "+" : ""}${delta}`;
  return isByteField(key) && Math.abs(delta) >= 1024 ? `${raw}, ${formatBytes(delta, true)}` : raw;
}

/** Every numeric field (the first {@link MAX_FIELDS_SHOWN}), then what changed. */
function statsText(s: GetStatsResult, leaves: Record<string, number>): string {
  const summary = Object.entries(leaves).slice(0, MAX_FIELDS_SHOWN)
    .map(([k, v]) => `${k}=${valueText(k, v)}`).join(", ");
  let text = `${s.url}: ${summary || JSON.stringify(s.stats).slice(0, 400)}`;
  if (s.firstReading) text += "\n(First reading of this URL; the next call shows changes.)";
  else if (s.changes.length === 0) text += "\nNo numeric field changed since the previous reading.";
  else {
    text += "\nChanged since the previous reading: " +
      s.changes.map((c) =>
        `${c.key} ${valueText(c.key, c.before)} → ${valueText(c.key, c.after)} ` +
        `(${deltaText(c.key, c.delta)})`
      ).join(", ");
  }
  return text;
}

/** Paths listed when an endpoint is not the program's JSON, at most. */
const MAX_PATHS = 15;

/**
 * The URL paths a program's sources name as string literals (`"/saves"`, `'/api/stats'`,
 * `` `/drafts/${id}` `` up to its first placeholder), in the order first named, at most
 * {@link MAX_PATHS}: the routes it is likely to answer.
 */
export function pathsNamedIn(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(["'`])(\/[A-Za-z_][\w\-./]*)(?:\1|\$\{)/g)) {
      // Not a file path or a module specifier: no extension, not a relative import.
      if (/\.[a-z]{1,4}$/i.test(m[2]) || m[2].startsWith("//")) continue;
      found.add(m[2]);
      if (found.size >= MAX_PATHS) return [...found];
    }
  }
  return [...found];
}
