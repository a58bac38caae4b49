/**
 * `read_source`: numbered source lines around a finding, from inside the allowed roots only.
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ToolResult } from "../mcp/mod.ts";
import { resolveInsideRoots } from "./allowed_paths.ts";
import { READS_ONLY } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";

/** Files larger than this are refused (sources, not data dumps). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** At most this many lines per call. */
export const MAX_LINES = 400;

/**
 * Splits what findings print into a path and a line: `file:///a/app.ts:57:3`, `app.ts:57`,
 * `/abs/app.ts`. `http(s)` URLs are refused (only local files).
 */
export function parseSourceRef(ref: string): { path: string; line?: number } {
  let s = ref.trim();
  let line: number | undefined;
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(s);
  if (m && m[1] && !/^[a-z]+$/i.test(m[1])) {
    s = m[1];
    line = Number(m[2]);
  }
  if (/^https?:\/\//i.test(s)) {
    throw new ToolError(
      `${ref} is a remote URL; read_source reads local files only.`,
      "Pass the local path of the file instead.",
    );
  }
  if (s.startsWith("file://")) {
    try {
      s = fileURLToPath(s);
    } catch {
      throw new ToolError(
        `${ref} is not a valid file:// URL.`,
        "Pass a path such as scenario-6/app.ts:57.",
      );
    }
  }
  return { path: s, line };
}

const output = {
  path: z.string().describe("Real path of the file read."),
  totalLines: z.number(),
  startLine: z.number(),
  endLine: z.number(),
  focusLine: z.number().optional(),
  lines: z.array(z.object({ n: z.number(), text: z.string() })),
};

/** What `read_source` returns. */
export type ReadSourceResult = ToolResult<typeof output>;

/** `read_source`. */
export const readSource = defineTool({
  name: "read_source",
  title: "Read source lines",
  description:
    "Show numbered lines of a source file, e.g. around a leak suspect's line. Accepts a path, a " +
    "file:// URL, or 'file:line' exactly as findings print it (scenario-6/app.ts:57). Reads only " +
    "inside the allowed roots (the server's working directory, the client's MCP roots, --root " +
    `flags); '..' and symlink escapes are refused; files over ${MAX_SOURCE_BYTES / 1048576} MB ` +
    `are refused; at most ${MAX_LINES} lines per call.`,
  inputSchema: {
    path: z.string().min(1).describe("Path, file:// URL, or file:line[:column]."),
    line: z.number().int().min(1).optional().describe(
      "Line to centre on (overrides a :line suffix).",
    ),
    context: z.number().int().min(0).max(200).default(8).describe("Lines either side of `line`."),
    startLine: z.number().int().min(1).optional().describe("First line of an explicit range."),
    endLine: z.number().int().min(1).optional().describe("Last line of an explicit range."),
  },
  outputSchema: output,
  annotations: READS_ONLY,
  async handler(args, { host }) {
    const ref = parseSourceRef(args.path);
    const path = await resolveInsideRoots(ref.path, host.allowedRoots, host.cwd, "source file");
    const st = await Deno.stat(path);
    if (!st.isFile) throw new ToolError(`${path} is not a file.`, "Pass a source file path.");
    if (st.size > MAX_SOURCE_BYTES) {
      throw new ToolError(
        `${path} is ${st.size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for read_source.`,
        "Read a source file, not a data file; use startLine/endLine on a smaller file.",
      );
    }
    const all = (await Deno.readTextFile(path)).split(/\r?\n/);
    if (all.length > 1 && all[all.length - 1] === "") all.pop();
    const total = all.length;
    const focus = args.line ?? ref.line;
    const context = args.context;
    let start: number, end: number;
    if (args.startLine !== undefined || args.endLine !== undefined) {
      start = args.startLine ?? 1;
      end = args.endLine ?? Math.min(total, start + 2 * context);
    } else if (focus !== undefined) {
      start = Math.max(1, focus - context);
      end = focus + context;
    } else {
      start = 1;
      end = 2 * context + 1;
    }
    if (end < start) {
      throw new ToolError(`endLine ${end} is before startLine ${start}.`, "Swap them.");
    }
    if (start > total || (focus !== undefined && focus > total)) {
      throw new ToolError(
        `${path} has ${total} lines; line ${focus ?? start} is past the end.`,
        "Check the line number (findings print 1-based lines of the original source).",
      );
    }
    end = Math.min(end, total, start + MAX_LINES - 1);
    const lines = all.slice(start - 1, end).map((text, i) => ({ n: start + i, text }));
    const structured: ReadSourceResult = {
      path,
      totalLines: total,
      startLine: start,
      endLine: end,
      focusLine: focus,
      lines,
    };
    return { text: sourceText(structured), structured };
  },
});

/** Numbered lines, the focus line marked with `>`. */
function sourceText(s: ReadSourceResult): string {
  const width = String(s.endLine).length;
  return `${s.path} (lines ${s.startLine}-${s.endLine} of ${s.totalLines})\n` +
    s.lines.map((l) =>
      `${l.n === s.focusLine ? ">" : " "}${String(l.n).padStart(width)} | ${l.text}`
    ).join("\n");
}
