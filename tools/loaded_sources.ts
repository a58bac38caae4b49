/**
 * The connected target's own scripts as it loaded them, for files outside the allowed roots:
 * what DevTools' Sources panel shows (the original text through an inline source map, else the
 * script as it runs). `read_source` reads one of them, `search_source` searches them; no file
 * outside the roots is opened for either.
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import { isRuntimeUrl, SourceResolver } from "../heap/mod.ts";
import type { InspectorSession } from "../inspector/mod.ts";

/** Scripts of one target read at most, and the longest one read (read_source's limit too). */
export const LOADED_LIMITS = { maxScripts: 200, maxScriptBytes: 2 * 1024 * 1024 };

/** A script URL's file path (`file:` URLs and plain absolute paths), else undefined. */
function scriptPath(url: string): string | undefined {
  if (url.startsWith("file:")) return fileURLToPath(url);
  return url.startsWith("/") ? url : undefined;
}

/**
 * The original texts of the target's program scripts (not the runtime's; not its
 * dependencies' unless `dependencies`), as `[path, text]`, for those `wanted(path)` accepts.
 */
export async function loadedProgramTexts(
  session: InspectorSession | undefined,
  wanted: (path: string) => boolean,
  signal: AbortSignal,
  opts: { dependencies?: boolean } = {},
): Promise<[string, string][]> {
  if (!session || session.closed) return [];
  const out: [string, string][] = [];
  let read = 0;
  for (const script of session.scripts) {
    const path = isRuntimeUrl(script.url) ? undefined : scriptPath(script.url);
    if (!path || !wanted(path) || read >= LOADED_LIMITS.maxScripts) continue;
    if (!opts.dependencies && path.includes("/node_modules/")) continue;
    read++;
    signal.throwIfAborted();
    const source = script.source || await session.scriptSource(script.scriptId, signal);
    if (source.length > LOADED_LIMITS.maxScriptBytes) continue;
    const texts = await SourceResolver.fromScripts([{ ...script, source }]).programSources();
    for (const [url, text] of texts) {
      const file = scriptPath(url) ?? url;
      if (wanted(file) && !out.some(([p]) => p === file)) out.push([file, text]);
    }
  }
  return out;
}
