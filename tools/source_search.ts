/**
 * Searching source files for a pattern, bounded: a walk of one directory tree (symlinks not
 * followed, dependency and VCS folders skipped, big or binary files passed over) that stops at
 * a number of files and of matches, with each matching line cut to a readable length.
 *
 * @module
 */

import { join } from "node:path";

/** Limits of one search. */
export interface SearchLimits {
  /** Files read at most. */
  maxFiles: number;
  /** Matching lines kept at most. */
  maxMatches: number;
  /** Files larger than this are passed over (data, bundles). */
  maxFileBytes: number;
  /** A matching line is cut to this many characters around the match. */
  maxLineChars: number;
}

/** The limits `search_source` uses. */
export const SEARCH_LIMITS: SearchLimits = {
  maxFiles: 5000,
  maxMatches: 60,
  maxFileBytes: 2 * 1024 * 1024,
  maxLineChars: 160,
};

/** Folders never searched: dependencies, VCS data, build output and caches. */
const SKIPPED_DIRS = new Set([
  "node_modules",
  ".git",
  ".hg",
  ".svn",
  "dist",
  "build",
  "coverage",
  ".cache",
  ".deno",
  "vendor",
]);

/** One matching line. */
export interface SourceMatch {
  /** Real path of the file. */
  file: string;
  /** 1-based. */
  line: number;
  /** The line (trimmed, cut around the match when long). */
  text: string;
}

/** What a search found. */
export interface SearchResult {
  matches: SourceMatch[];
  filesSearched: number;
  filesMatched: number;
  /** True when a limit stopped the search before the tree was done. */
  truncated: boolean;
}

/** Searches `roots` (files or directories, real paths), in order, for `pattern`. */
export async function searchSources(
  roots: string[],
  pattern: RegExp,
  opts: { limits?: SearchLimits; skipDirs?: string[]; signal?: AbortSignal } = {},
): Promise<SearchResult> {
  const limits = opts.limits ?? SEARCH_LIMITS;
  const skip = new Set(opts.skipDirs ?? []);
  const result: SearchResult = { matches: [], filesSearched: 0, filesMatched: 0, truncated: false };
  const full = () =>
    result.matches.length >= limits.maxMatches || result.filesSearched >= limits.maxFiles;

  const searchFile = async (file: string, size: number) => {
    if (size > limits.maxFileBytes) return;
    const bytes = await Deno.readFile(file).catch(() => undefined);
    if (!bytes || bytes.subarray(0, 8000).includes(0)) return; // unreadable or binary
    searchText(file, new TextDecoder().decode(bytes), pattern, result, limits);
  };

  const walk = async (dir: string): Promise<void> => {
    const entries: Deno.DirEntry[] = [];
    for await (const e of Deno.readDir(dir)) entries.push(e);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      opts.signal?.throwIfAborted();
      if (full()) {
        result.truncated = true;
        return;
      }
      const path = join(dir, e.name);
      // Symlinks are not followed: one could lead outside the allowed roots.
      if (e.isSymlink) continue;
      if (e.isDirectory) {
        if (SKIPPED_DIRS.has(e.name) || e.name.startsWith(".") || skip.has(path)) continue;
        await walk(path);
      } else if (e.isFile) {
        const st = await Deno.stat(path).catch(() => undefined);
        if (st?.isFile) await searchFile(path, st.size);
      }
    }
  };

  for (const root of roots) {
    if (full()) break;
    const st = await Deno.stat(root).catch(() => undefined);
    if (st?.isDirectory) await walk(root);
    else if (st?.isFile) await searchFile(root, st.size);
  }
  return result;
}

/**
 * Adds the matching lines of one text (a file's, or a script a target loaded) to `result`,
 * within `limits`.
 */
export function searchText(
  file: string,
  text: string,
  pattern: RegExp,
  result: SearchResult,
  limits: SearchLimits = SEARCH_LIMITS,
): void {
  if (result.filesSearched >= limits.maxFiles) {
    result.truncated = true;
    return;
  }
  result.filesSearched++;
  const lines = text.split(/\r?\n/);
  let matched = false;
  for (let i = 0; i < lines.length; i++) {
    pattern.lastIndex = 0;
    const m = pattern.exec(lines[i]);
    if (!m) continue;
    if (result.matches.length >= limits.maxMatches) {
      result.truncated = true;
      break;
    }
    matched = true;
    result.matches.push({
      file,
      line: i + 1,
      text: cutAround(lines[i], m.index, limits.maxLineChars),
    });
  }
  if (matched) result.filesMatched++;
}

/** `line` trimmed, cut to `max` characters around `at` with `…` where it was cut. */
function cutAround(line: string, at: number, max: number): string {
  const start = line.length - line.trimStart().length;
  const text = line.trim();
  if (text.length <= max) return text;
  const from = Math.max(0, Math.min(at - start - Math.floor(max / 3), text.length - max));
  return (from > 0 ? "…" : "") + text.slice(from, from + max) +
    (from + max < text.length ? "…" : "");
}
