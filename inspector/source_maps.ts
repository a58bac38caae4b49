/**
 * From a source file and line as a person writes them (`scenario-3/app.ts:68`) to the running
 * script and its generated line: the scripts the target loaded are matched by path (the
 * script's own URL, or a source its source map names — Deno runs `.ts` transpiled, with the map
 * inline), and the original line is looked up in the map. Pure apart from the scripts given.
 *
 * @module
 */

import {
  decodedMappings,
  generatedPositionFor,
  LEAST_UPPER_BOUND,
  TraceMap,
} from "@jridgewell/trace-mapping";
import { isRuntimeUrl, type SidecarScript } from "../heap/mod.ts";
import { InspectorError } from "./errors.ts";

/** How many lines below an empty one (comment, type, blank) are tried for code. */
const NEXT_CODE_LINES = 20;

/** Where a breakpoint goes in the running script: 0-based generated line and column. */
export interface GeneratedTarget {
  scriptId: string;
  url: string;
  /** 0-based. */
  lineNumber: number;
  /** 0-based; absent when the script runs as written (the line's first statement). */
  columnNumber?: number;
  /** The original (1-based) line that has code: the one asked for, or the next with code. */
  line: number;
  /** The original source's URL (the script's own URL when it has no map). */
  source: string;
}

interface MappedScript {
  script: SidecarScript;
  map?: TraceMap;
  /** Original sources by resolved URL → original line (1-based) → first generated position. */
  lines?: Map<string, Map<number, { line: number; column: number }>>;
}

/** A path or `file://` URL as a plain absolute-or-relative path, without `./`. */
function pathOf(ref: string): string {
  let s = ref;
  if (s.startsWith("file://")) {
    try {
      s = decodeURIComponent(new URL(s).pathname);
    } catch {
      s = s.slice(7);
    }
  }
  return s.replace(/^\.\//, "");
}

/** The source map of a script when it is inline (`data:`), else undefined. */
export function inlineSourceMap(script: SidecarScript): TraceMap | undefined {
  const ref = script.sourceMapURL;
  if (!ref || !ref.startsWith("data:")) return undefined;
  try {
    const comma = ref.indexOf(",");
    const body = ref.slice(comma + 1);
    const json = ref.slice(0, comma).endsWith(";base64")
      ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
      : decodeURIComponent(body);
    return new TraceMap(json, script.url);
  } catch {
    return undefined;
  }
}

/** Original line → first generated position, per source, from one map. */
function indexMap(map: TraceMap): Map<string, Map<number, { line: number; column: number }>> {
  const out = new Map<string, Map<number, { line: number; column: number }>>();
  const lines = decodedMappings(map);
  for (let g = 0; g < lines.length; g++) {
    for (const s of lines[g]) {
      if (s.length < 4) continue;
      const seg = s as readonly number[];
      const source = map.resolvedSources[seg[1]] ?? "";
      let bySource = out.get(source);
      if (!bySource) out.set(source, bySource = new Map());
      const original = seg[2] + 1;
      const seen = bySource.get(original);
      if (!seen || g < seen.line || (g === seen.line && seg[0] < seen.column)) {
        bySource.set(original, { line: g, column: seg[0] });
      }
    }
  }
  return out;
}

/** The scripts of one target, searchable by the file a person names. */
export class ScriptFinder {
  readonly #scripts: () => SidecarScript[];
  readonly #mapped = new Map<string, MappedScript>();
  readonly #cwd: string;

  /** `cwd`: where relative paths are resolved first (the server's working directory). */
  constructor(scripts: () => SidecarScript[], cwd: string) {
    this.#scripts = scripts;
    this.#cwd = cwd.replace(/\/$/, "");
  }

  #entry(script: SidecarScript): MappedScript {
    let e = this.#mapped.get(script.scriptId);
    if (!e || e.script.url !== script.url) {
      e = { script };
      const map = inlineSourceMap(script);
      if (map) {
        e.map = map;
        e.lines = indexMap(map);
      }
      this.#mapped.set(script.scriptId, e);
    }
    return e;
  }

  /** The program's scripts (not the runtime's), with their original sources. */
  #candidates(): { source: string; entry: MappedScript }[] {
    const out: { source: string; entry: MappedScript }[] = [];
    for (const script of this.#scripts()) {
      if (!script.url || isRuntimeUrl(script.url)) continue;
      const entry = this.#entry(script);
      if (entry.lines) { for (const source of entry.lines.keys()) out.push({ source, entry }); }
      else out.push({ source: script.url, entry });
    }
    return out;
  }

  /** Short names of the program's loaded sources, for "did you mean" messages. */
  loadedSources(limit = 8): string[] {
    const names = [...new Set(this.#candidates().map((c) => pathOf(c.source)))]
      .filter((p) => !p.includes("/node_modules/"));
    const shown = names.slice(0, limit).map((p) =>
      p.startsWith(this.#cwd + "/") ? p.slice(this.#cwd.length + 1) : p
    );
    return names.length > limit ? [...shown, `… ${names.length - limit} more`] : shown;
  }

  /**
   * The running script and generated position for `file` (a path, relative or absolute, or a
   * `file://` URL) at original `line`. A relative path matches the file under the working
   * directory, else any loaded file ending with it. Throws an {@link InspectorError} naming
   * what is loaded when nothing or more than one file matches, or the line has no code. With
   * `column` (1-based), the position is the code at or after that column on the line — one
   * statement of several (`if (done) map.delete(key)`), not the line's first.
   */
  locate(file: string, line: number, column?: number): GeneratedTarget {
    const wanted = pathOf(file);
    const absolute = wanted.startsWith("/") ? wanted : `${this.#cwd}/${wanted}`;
    const all = this.#candidates();
    let matches = all.filter((c) => pathOf(c.source) === absolute);
    if (matches.length === 0 && !wanted.startsWith("/")) {
      matches = all.filter((c) => pathOf(c.source).endsWith(`/${wanted}`));
    }
    const sources = [...new Set(matches.map((c) => pathOf(c.source)))];
    if (sources.length === 0) {
      throw new InspectorError(
        "no_script",
        `The target has loaded no script from ${file}.`,
        `Name a file it runs (loaded: ${this.loadedSources().join(", ") || "none yet"}).`,
      );
    }
    if (sources.length > 1) {
      throw new InspectorError(
        "no_script",
        `${file} matches ${sources.length} loaded files: ${sources.slice(0, 5).join(", ")}.`,
        "Give the path with more of its folders, or the absolute path.",
      );
    }
    // Several scripts may carry one source (a worker, a reload): the newest one runs.
    const { source, entry } = matches[matches.length - 1];
    const script = entry.script;
    if (!entry.lines) {
      return {
        scriptId: script.scriptId,
        url: script.url,
        lineNumber: line - 1,
        ...(column !== undefined ? { columnNumber: column - 1 } : {}),
        line,
        source,
      };
    }
    if (column !== undefined && entry.map) {
      const at = generatedPositionFor(entry.map, {
        source,
        line,
        column: column - 1,
        bias: LEAST_UPPER_BOUND,
      });
      if (at.line !== null) {
        return {
          scriptId: script.scriptId,
          url: script.url,
          lineNumber: at.line - 1,
          columnNumber: at.column,
          line,
          source,
        };
      }
    }
    const byLine = entry.lines.get(source)!;
    for (let l = line; l <= line + NEXT_CODE_LINES; l++) {
      const at = byLine.get(l);
      if (at) {
        return {
          scriptId: script.scriptId,
          url: script.url,
          lineNumber: at.line,
          columnNumber: at.column,
          line: l,
          source,
        };
      }
    }
    throw new InspectorError(
      "no_code",
      `${file}:${line} has no code the runtime runs (nor the ${NEXT_CODE_LINES} lines after it).`,
      "Pick a line with a statement (read_source shows the file).",
    );
  }
}
