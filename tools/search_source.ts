/**
 * `search_source`: where a name is read or written — matching lines with numbers, inside the
 * allowed roots only, bounded (clients such as Claude Desktop have no grep of their own).
 *
 * @module
 */

import { relative, resolve } from "node:path";
import { z } from "zod";
import type { ToolResult } from "../mcp/mod.ts";
import { checkPathText, isInside, resolveInsideRoots } from "./allowed_paths.ts";
import { READS_ONLY } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";
import { searchSources, searchText as searchOneText } from "./source_search.ts";
import { loadedProgramTexts } from "./loaded_sources.ts";
import type { ToolHost } from "./host.ts";

const output = {
  pattern: z.string(),
  roots: z.array(z.string()).describe("Real paths searched."),
  matches: z.array(z.object({ file: z.string(), line: z.number(), text: z.string() })),
  filesSearched: z.number(),
  filesMatched: z.number(),
  truncated: z.boolean(),
  loadedScripts: z.number().optional().describe(
    "Scripts of the connected target searched as it loaded them (files outside the roots).",
  ),
  scriptsSearched: z.array(z.string()).optional().describe(
    "When nothing matched, the target's scripts that were searched (a few): what a search " +
      "cannot see is then plain (a worker thread's scripts load in its own isolate).",
  ),
};

/** Scripts named when a search of the target's scripts finds nothing, at most. */
const MAX_SCRIPTS_NAMED = 10;

/** What `search_source` returns. */
export type SearchSourceResult = ToolResult<typeof output>;

/** `search_source`. */
export const searchSource = defineTool({
  name: "search_source",
  title: "Search source files",
  description:
    "Where a name is read or written (e.g. does anything delete from that map?): matching " +
    "lines as file:line, at most 60, in the connected target's own scripts, or in a path " +
    "inside the allowed roots.",
  inputSchema: {
    pattern: z.string().min(1).max(500).describe("JavaScript regular expression"),
    path: z.string().min(1).max(4096).optional().describe(
      "File or folder to search; default: the connected target's scripts, else every " +
        "folder this server may read",
    ),
  },
  outputSchema: output,
  annotations: READS_ONLY,
  async handler(args, { host, signal }) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(args.pattern);
    } catch (e) {
      throw new ToolError(
        `pattern: not a regular expression (${(e as Error).message}).`,
        "Escape special characters, e.g. userSessions\\.delete\\(",
      );
    }
    const snapshots = host.config.snapshotDir;
    let roots: string[] = [];
    // The connected target's own scripts, searched as it loaded them: those under a path
    // outside the roots, or all of them when no path is given.
    let loaded: [string, string][] = [];
    if (args.path !== undefined) {
      checkPathText(args.path, "path");
      try {
        roots = [await resolveInsideRoots(args.path, host.allowedRoots, host.cwd, "path")];
      } catch (e) {
        if (!(e instanceof ToolError)) throw e;
        const under = resolve(host.cwd, args.path);
        const outside = (p: string) => (p === under || isInside(under, p)) && !insideRoots(p, host);
        loaded = await loadedProgramTexts(host.session, outside, signal);
        if (loaded.length === 0) throw e;
      }
    } else {
      // The running program's own code: not the rest of the roots (tests, tools, other
      // projects), which a path still reaches. With no target, the roots.
      loaded = await loadedProgramTexts(host.session, () => true, signal);
      if (loaded.length === 0) {
        // Nested roots would be searched twice: keep the outermost.
        const all = host.allowedRoots.filter((r) => r !== snapshots);
        roots = all.filter((r) => !all.some((o) => o !== r && isInside(o, r)));
      }
    }
    const r = await searchSources(roots, pattern, {
      signal,
      // The snapshot directory holds captures, not sources.
      skipDirs: [host.config.snapshotDir],
    });
    for (const [path, text] of loaded) searchOneText(path, text, pattern, r);
    const structured: SearchSourceResult = {
      pattern: args.pattern,
      roots,
      ...r,
      ...(loaded.length ? { loadedScripts: loaded.length } : {}),
      ...(loaded.length && r.matches.length === 0 && loaded.length <= MAX_SCRIPTS_NAMED
        ? { scriptsSearched: loaded.map(([path]) => path) }
        : {}),
    };
    return { text: searchText(structured, host.cwd), structured };
  },
});

/** Matches grouped by file, paths relative to the working directory when inside it. */
function searchText(s: SearchSourceResult, cwd: string): string {
  const shown = (file: string) => isInside(cwd, file) ? relative(cwd, file) || file : file;
  const head = `${s.matches.length}${s.truncated ? "+" : ""} matching line` +
    `${s.matches.length === 1 ? "" : "s"} for /${s.pattern}/ in ${s.filesMatched} of ` +
    `${s.filesSearched} files` +
    (s.roots.length ? ` under ${s.roots.map(shown).join(", ")}` : "") +
    (s.loadedScripts
      ? `${s.roots.length ? " and" : " in"} ${s.loadedScripts} script${
        s.loadedScripts === 1 ? "" : "s"
      } as the connected target loaded ${s.loadedScripts === 1 ? "it" : "them"}`
      : "") +
    (s.truncated ? " (stopped at a limit: narrow the pattern or the path)" : "") +
    (s.roots.length === 0 && s.loadedScripts ? " (a path searches the allowed roots)" : "") + ":";
  const out = [head];
  if (s.scriptsSearched) {
    out.push(
      `Searched: ${s.scriptsSearched.map(shown).join(", ")} (the main thread's scripts; a ` +
        `worker thread's load in its own isolate and are not among them)`,
    );
  }
  let file = "";
  for (const m of s.matches) {
    if (m.file !== file) {
      file = m.file;
      out.push(shown(file));
    }
    out.push(`  ${m.line}: ${m.text}`);
  }
  return out.join("\n");
}

/** Whether `path` lies inside an allowed root (then the walk of the roots has it). */
function insideRoots(path: string, host: ToolHost): boolean {
  return host.allowedRoots.some((r) => r === path || isInside(r, path));
}
