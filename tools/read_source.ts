/**
 * `read_source`: numbered source lines around a finding, from inside the allowed roots, or as
 * the connected target loaded the script (never another file outside the roots).
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { z } from "zod";
import type { ToolResult } from "../mcp/mod.ts";
import { checkPathText, requireRegularFile, resolveInsideRoots } from "./allowed_paths.ts";
import { READS_ONLY } from "./annotations.ts";
import type { ToolHost } from "./host.ts";
import { defineTool } from "./define.ts";
import { LOADED_LIMITS, loadedProgramTexts } from "./loaded_sources.ts";
import { MAX_PATH_CHARS } from "./argument_shapes.ts";
import { ToolError } from "./errors.ts";

/** Files larger than this are refused (sources, not data dumps). */
export const MAX_SOURCE_BYTES = LOADED_LIMITS.maxScriptBytes;
/** At most this many lines per call. */
export const MAX_LINES = 400;
/** Longer lines (minified code) are shown in part: around the column asked for, else the start. */
export const MAX_LINE_CHARS = 400;
/** Line and column numbers above this are no position in a file read_source can show. */
const MAX_POSITION = 1_000_000_000;

/**
 * Splits what findings print into a path, a line and a column: `file:///a/app.ts:57:3`,
 * `app.ts:57`, `/abs/app.ts`. `http(s)` URLs are refused (only local files).
 */
export function parseSourceRef(ref: string): { path: string; line?: number; column?: number } {
  let s = ref.trim();
  let line: number | undefined;
  let column: number | undefined;
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(s);
  if (m && m[1] && !/^[a-z]+$/i.test(m[1])) {
    s = m[1];
    line = position(m[2], "line");
    column = m[3] === undefined ? undefined : position(m[3], "column");
  }
  if (/^https?:\/\//i.test(s)) {
    throw new ToolError(
      `${shortRef(ref)} is a remote URL; read_source reads local files only.`,
      "Pass the local path of the file instead.",
    );
  }
  if (s.startsWith("file://")) {
    try {
      s = fileURLToPath(s);
    } catch {
      throw new ToolError(
        `${shortRef(ref)} is not a valid file:// URL.`,
        "Pass a path such as scenario-6/app.ts:57.",
      );
    }
  }
  return column === undefined ? { path: s, line } : { path: s, line, column };
}

/** A `:line` or `:column` suffix as a number, refusing ones no file has. */
function position(digits: string, what: string): number {
  const n = Number(digits);
  if (digits.length > 10 || n < 1 || n > MAX_POSITION) {
    throw new ToolError(
      `${what} ${digits.length > 12 ? `${digits.slice(0, 12)}…` : digits} is not a ${what} of ` +
        `a source file (1 to ${MAX_POSITION.toLocaleString("en-US")}).`,
      "Pass file:line as findings print it, e.g. scenario-6/app.ts:57.",
    );
  }
  return n;
}

function shortRef(ref: string): string {
  return ref.length > 120 ? `${ref.slice(0, 120)}…` : ref;
}

const lineShape = z.object({
  n: z.number(),
  text: z.string(),
  shown: z.object({ fromColumn: z.number(), toColumn: z.number(), length: z.number() })
    .optional().describe("Present when the line is longer than shown: the columns shown."),
});

const output = {
  path: z.string().describe("Real path of the file read."),
  loaded: z.string().optional().describe(
    "Present when the text is the connected target's loaded script (the file is not readable here).",
  ),
  totalLines: z.number(),
  startLine: z.number(),
  endLine: z.number(),
  focusLine: z.number().optional(),
  lines: z.array(lineShape),
};

/** What `read_source` returns. */
export type ReadSourceResult = ToolResult<typeof output>;

const lineNumber = z.number().int().min(1).max(MAX_POSITION);

/** `read_source`. */
export const readSource = defineTool({
  name: "read_source",
  title: "Read source lines",
  description: "Numbered source lines around a file:line as findings print it " +
    "(scenario-6/app.ts:57), or a range. Files inside the allowed roots, or scripts the " +
    "connected target loaded.",
  inputSchema: {
    path: z.string().min(1).max(MAX_PATH_CHARS).optional().describe(
      "Path, file:// URL, or file:line[:column].",
    ),
    // The breakpoint tools call it `file`: either name reads the same file.
    file: z.string().min(1).max(MAX_PATH_CHARS).optional().describe("Same as path."),
    line: lineNumber.optional(),
    context: z.number().int().min(0).max(200).default(8),
    startLine: lineNumber.optional(),
    endLine: lineNumber.optional(),
  },
  outputSchema: output,
  annotations: READS_ONLY,
  async handler(args, { host, signal }) {
    const given = args.path ?? args.file;
    if (given === undefined) {
      throw new ToolError(
        "read_source needs the file to read.",
        "Pass path (or file): a path, file:// URL, or file:line such as scenario-6/app.ts:57.",
      );
    }
    checkPathText(given, args.path === undefined ? "file" : "path");
    const ref = parseSourceRef(given);
    const { path, text, loaded } = await readInsideRootsOrLoaded(ref.path, host, signal);
    const all = text.split(/\r?\n/);
    if (all.length > 1 && all[all.length - 1] === "") all.pop();
    const total = all.length;
    const focus = args.line ?? ref.line;
    const range = lineRange(path, total, args, focus);
    const lines = all.slice(range.start - 1, range.end).map((text, i) => {
      const n = range.start + i;
      return shownLine(n, text, n === focus ? ref.column : undefined);
    });
    const structured: ReadSourceResult = {
      path,
      ...(loaded ? { loaded } : {}),
      totalLines: total,
      startLine: range.start,
      endLine: range.end,
      focusLine: focus,
      lines,
    };
    return { text: sourceText(structured), structured };
  },
});

/**
 * The lines to show: an explicit range, else `context` lines around `focus`, else the first
 * lines; refused, naming the numbers, when they lie past the end or run backwards.
 */
function lineRange(
  path: string,
  total: number,
  args: { context: number; startLine?: number; endLine?: number },
  focus: number | undefined,
): { start: number; end: number } {
  const context = args.context;
  let start: number, end: number;
  if (args.startLine !== undefined || args.endLine !== undefined) {
    start = args.startLine ?? 1;
    end = args.endLine ?? start + 2 * context;
  } else if (focus !== undefined) {
    start = Math.max(1, focus - context);
    end = focus + context;
  } else {
    start = 1;
    end = 2 * context + 1;
  }
  const pastEnd = focus !== undefined && focus > total ? focus : start > total ? start : undefined;
  if (pastEnd !== undefined) {
    throw new ToolError(
      `${path} has ${total} lines; line ${pastEnd} is past the end.`,
      "Check the line number (findings print 1-based lines of the original source).",
    );
  }
  if (end < start) {
    throw new ToolError(
      `endLine ${end} is before startLine ${start}.`,
      "Pass startLine ≤ endLine (or swap them).",
    );
  }
  return { start, end: Math.min(end, total, start + MAX_LINES - 1) };
}

/**
 * The file's text, or a {@link ToolError} when it is not text: a NUL byte, bytes that are not
 * UTF-8, or many control bytes (a binary file would come back as escapes six times its size).
 */
function decodeSource(path: string, bytes: Uint8Array): string {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) throw binary(path, `a NUL byte at byte ${i}`);
    // Tab, line feed, form feed, carriage return and escape appear in real sources.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) {
      controls++;
    }
  }
  if (controls > Math.max(16, bytes.length / 100)) {
    throw binary(path, `${controls} control bytes in ${bytes.length}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw binary(path, "bytes that are not UTF-8 text");
  }
}

function binary(path: string, why: string): ToolError {
  return new ToolError(
    `${path} looks binary (${why}); read_source shows text source files only.`,
    "Pass the source file (.ts, .js, …) a finding names.",
  );
}

/** One numbered line, cut to {@link MAX_LINE_CHARS} around `column` (1-based) when longer. */
function shownLine(n: number, text: string, column?: number): ReadSourceResult["lines"][number] {
  if (text.length <= MAX_LINE_CHARS) return { n, text };
  const centre = column !== undefined ? Math.min(column, text.length) - 1 : 0;
  const from = Math.max(0, Math.min(centre - MAX_LINE_CHARS / 2, text.length - MAX_LINE_CHARS));
  const to = from + MAX_LINE_CHARS;
  const before = from > 0 ? `…[${from} characters] ` : "";
  const after = to < text.length ? ` …[${text.length - to} more characters]` : "";
  return {
    n,
    text: `${before}${text.slice(from, to)}${after}`,
    shown: { fromColumn: from + 1, toColumn: to, length: text.length },
  };
}

/** Numbered lines, the focus line marked with `>`. */
/**
 * The file's text from inside the allowed roots; else, when the connected target has loaded
 * that file, the text it runs (through the inspector, as DevTools' Sources panel shows it:
 * the original through an inline source map). No file outside the roots is read.
 */
async function readInsideRootsOrLoaded(
  input: string,
  host: ToolHost,
  signal: AbortSignal,
): Promise<{ path: string; text: string; loaded?: string }> {
  let path: string;
  try {
    path = await resolveInsideRoots(input, host.allowedRoots, host.cwd, "source file");
  } catch (e) {
    if (!(e instanceof ToolError)) throw e;
    const copy = await loadedCopy(host, resolve(host.cwd, input), signal);
    if (!copy) throw e;
    return {
      path: copy.url,
      text: copy.text,
      loaded: "the script as the connected target loaded it",
    };
  }
  const size = await requireRegularFile(path, "source file");
  if (size > MAX_SOURCE_BYTES) {
    throw new ToolError(
      `${path} is ${size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for read_source.`,
      "Read a source file, not a data file; use startLine/endLine on a smaller file.",
    );
  }
  return { path, text: decodeSource(path, await Deno.readFile(path)) };
}

/** The original text of `path` as the connected target loaded it, if it did. */
async function loadedCopy(
  host: ToolHost,
  path: string,
  signal: AbortSignal,
): Promise<{ url: string; text: string } | undefined> {
  const [hit] = await loadedProgramTexts(host.session, (p) => p === path, signal, {
    dependencies: true,
  });
  return hit ? { url: hit[0], text: hit[1] } : undefined;
}

function sourceText(s: ReadSourceResult): string {
  const width = String(s.endLine).length;
  const cut = s.lines.some((l) => l.shown)
    ? "\n(Long lines are shown in part; pass file:line:column to see another part.)"
    : "";
  const from = s.loaded ? `, from ${s.loaded}` : "";
  return `${s.path} (lines ${s.startLine}-${s.endLine} of ${s.totalLines}${from})\n` +
    s.lines.map((l) =>
      `${l.n === s.focusLine ? ">" : " "}${String(l.n).padStart(width)} | ${l.text}`
    ).join("\n") + cut;
}
