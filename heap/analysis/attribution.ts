/**
 * Source attribution: turns a snapshot location (script id, 0-based generated line/column)
 * into the original `file:line`, through the script table and source maps the capture wrote
 * beside the snapshot (`heap/sidecar.ts`), and finds the original lines where the program
 * adds to a holder (`messageHistory.push(`).
 *
 * @module
 */

import { readRegularText } from "../parse/regular_file.ts";
import {
  decodedMappings,
  LEAST_UPPER_BOUND,
  originalPositionFor,
  sourceContentFor,
  TraceMap,
} from "@jridgewell/trace-mapping";
import type { SourceLocation } from "../report.ts";
import { sidecarPathFor, type SidecarScript, type SnapshotSidecar } from "../sidecar.ts";
import type { GeneratedLocation } from "./classes.ts";
import { isRuntimeUrl } from "./script_urls.ts";
import { packageEntryUrls } from "./package_entries.ts";

export { isRuntimeUrl };

/** `file:///work/x/app.ts` → `app.ts` relative to the working directory when inside it. */
export function displayPath(url: string): string {
  let path = url;
  if (url.startsWith("file://")) {
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      path = url.slice(7);
    }
  }
  let cwd = "";
  try {
    cwd = Deno.cwd();
  } catch {
    // No read permission for the cwd: keep absolute paths.
  }
  if (cwd && path.startsWith(cwd + "/")) return path.slice(cwd.length + 1);
  return path;
}

/** Builds a {@link SourceLocation} from a URL and 1-based line/column. */
export function sourceLocation(url: string, line: number, column: number): SourceLocation {
  return { url, line, column, display: `${displayPath(url)}:${line}` };
}

/** Whether every source a map names is a file on disk. */
async function sourcesOnDisk(sources: (string | null)[]): Promise<boolean> {
  for (const source of sources) {
    if (!source?.startsWith("file://")) return false;
    try {
      if (!(await Deno.stat(new URL(source))).isFile) return false;
    } catch {
      return false;
    }
  }
  return sources.length > 0;
}

/** Largest source map file read beside a script. */
const MAX_MAP_BYTES = 16 << 20;

/** Most original lines one running line is taken to stand for (a chain of calls). */
const MAX_JOINED_LINES = 12;

interface ScriptEntry {
  url: string;
  map?: TraceMap | null; // null: tried and failed
  sourceMapURL?: string;
  /** The text as the target ran it, when the sidecar carries it. */
  source?: string;
}

/**
 * Resolves locations for one snapshot. Built from the sidecar when there is one; script URLs
 * seen in the snapshot itself fill gaps (positions then stay generated).
 */
export class SourceResolver {
  readonly notes: string[] = [];
  readonly hasSidecar: boolean;
  #scripts = new Map<number, ScriptEntry>();
  #texts = new Map<string, string | null>();
  /** Files the program's imports of a package by name run (`package_entries.ts`). */
  #entries = new Set<string>();

  private constructor(sidecar: SnapshotSidecar | undefined, snapshotUrls: Record<number, string>) {
    this.hasSidecar = sidecar !== undefined;
    for (const [id, url] of Object.entries(snapshotUrls)) this.#scripts.set(Number(id), { url });
    for (const s of sidecar?.scripts ?? []) this.#addScript(s);
  }

  /**
   * Loads the sidecar next to `snapshotFile` if present, and the source maps its scripts name
   * in files beside them. A missing sidecar is not an error (it is noted); a malformed one is
   * noted and ignored.
   */
  static async forSnapshot(
    snapshotFile: string,
    snapshotUrls: Record<number, string> = {},
  ): Promise<SourceResolver> {
    const path = sidecarPathFor(snapshotFile);
    let sidecar: SnapshotSidecar | undefined;
    let problem: string | undefined;
    try {
      const text = await readRegularText(path);
      if (text === undefined) throw new Deno.errors.NotFound(path);
      const parsed = JSON.parse(text);
      if (parsed && Array.isArray(parsed.scripts)) sidecar = parsed;
      else problem = `${path} has no "scripts" list; ignored it`;
    } catch (err) {
      problem = err instanceof Deno.errors.NotFound
        ? `no sidecar ${path}: lines in transpiled code (Deno's .ts) are generated positions, and scripts the snapshot does not name show as "script #id" (capture through the inspector to get both)`
        : `could not read sidecar ${path}: ${(err as Error).message}`;
    }
    const resolver = new SourceResolver(sidecar, snapshotUrls);
    if (problem) resolver.notes.push(problem);
    // Before any position is resolved: a report then gives every line of a package in the
    // same terms, whichever part of it asks first.
    await resolver.loadFileMaps();
    await resolver.loadPackageEntries();
    return resolver;
  }

  /** A resolver over scripts recorded live (an inspector session's `Debugger.scriptParsed`). */
  static fromScripts(scripts: SidecarScript[]): SourceResolver {
    return new SourceResolver({ version: 1, scripts }, {});
  }

  #addScript(s: SidecarScript) {
    const id = Number(s.scriptId);
    if (!Number.isFinite(id)) return;
    this.#scripts.set(id, {
      url: s.url,
      sourceMapURL: s.sourceMapURL || undefined,
      source: s.source || undefined,
    });
  }

  /** The URL of a script, if known. */
  scriptUrl(scriptId: number): string | undefined {
    return this.#scripts.get(scriptId)?.url;
  }

  /** Whether a location is in the runtime's own code (no location: yes; unknown script: no). */
  isRuntime(loc: GeneratedLocation | undefined): boolean {
    if (loc === undefined) return true;
    // A script nobody named (Node snapshot without a sidecar) is more likely the program's.
    const url = this.scriptUrl(loc.scriptId);
    return url !== undefined && isRuntimeUrl(url);
  }

  #mapFor(entry: ScriptEntry): TraceMap | undefined {
    if (entry.map !== undefined) return entry.map ?? undefined;
    entry.map = null;
    const ref = entry.sourceMapURL;
    if (!ref || !ref.startsWith("data:")) return undefined;
    try {
      const comma = ref.indexOf(",");
      const header = ref.slice(0, comma);
      const body = ref.slice(comma + 1);
      const json = header.endsWith(";base64")
        ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
        : decodeURIComponent(body);
      entry.map = new TraceMap(json, entry.url);
    } catch {
      this.notes.push(`source map of ${entry.url} could not be read; using generated positions`);
    }
    return entry.map ?? undefined;
  }

  /** Maps a generated location to the original source (1-based line). */
  resolve(loc: GeneratedLocation): SourceLocation {
    const entry = this.#scripts.get(loc.scriptId);
    if (!entry) return sourceLocation(`script #${loc.scriptId}`, loc.line + 1, loc.column + 1);
    const map = this.#mapFor(entry);
    if (map) {
      const pos = originalPositionFor(map, { line: loc.line + 1, column: loc.column });
      if (pos.source && pos.line !== null) {
        return sourceLocation(pos.source, pos.line, (pos.column ?? 0) + 1);
      }
      // Function positions sometimes fall between mappings: look right, then left, on the line.
      const near = originalPositionFor(map, {
        line: loc.line + 1,
        column: loc.column,
        bias: LEAST_UPPER_BOUND,
      });
      if (near.source && near.line !== null) {
        return sourceLocation(near.source, near.line, (near.column ?? 0) + 1);
      }
    }
    return sourceLocation(entry.url, loc.line + 1, loc.column + 1);
  }

  /**
   * The original lines that one line (1-based) of a running script came from: the first, and
   * the last when the transpiler joined several lines of one source into it (a chain of calls).
   * A script without a source map: that line itself.
   */
  resolveLine(scriptId: number, line: number): { location: SourceLocation; endLine?: number } {
    const entry = this.#scripts.get(scriptId);
    const map = entry && this.#mapFor(entry);
    const segments = map ? decodedMappings(map)[line - 1] ?? [] : [];
    const mapped = segments.filter((s) => s.length >= 4) as number[][];
    if (!map || mapped.length === 0) {
      return { location: this.resolve({ scriptId, line: line - 1, column: 0 }) };
    }
    const source = mapped[0][1];
    const lines = mapped.filter((s) => s[1] === source).map((s) => s[2] + 1);
    const first = Math.min(...lines);
    const last = Math.max(...lines);
    const location = sourceLocation(map.resolvedSources[source] ?? entry!.url, first, 1);
    // Far-apart lines are code the transpiler moved, not one statement: keep the first.
    return last > first && last - first <= MAX_JOINED_LINES
      ? { location, endLine: last }
      : { location };
  }

  /**
   * The original text of one source: from the source map that names it (its embedded
   * content), else the script's text the capture kept, else the file itself when `url` is a
   * local script; undefined when none.
   */
  async sourceText(url: string): Promise<string | undefined> {
    if (!this.#texts.has(url)) {
      let text: string | null = null;
      for (const entry of this.#scripts.values()) {
        const map = isRuntimeUrl(entry.url) ? undefined : this.#mapFor(entry);
        text = map ? sourceContentFor(map, url) ?? null : null;
        if (text !== null) break;
      }
      // What ran, when the capture kept it (a file this process may not read); else the file.
      text ??= [...this.#scripts.values()].find((e) => e.url === url && e.source)?.source ?? null;
      this.#texts.set(url, text ?? (isRuntimeUrl(url) ? null : await readFileUrl(url)));
    }
    return this.#texts.get(url) ?? undefined;
  }

  /**
   * Reads the source maps scripts name by a file beside them (`//# sourceMappingURL=x.js.map`,
   * as packages ship them), so their positions resolve to the original sources as inline maps'
   * do. A map that is missing, too big or unreadable leaves its script's positions as they ran.
   */
  async loadFileMaps(): Promise<void> {
    for (const entry of this.#scripts.values()) {
      const ref = entry.sourceMapURL;
      if (entry.map !== undefined || !ref || ref.startsWith("data:") || isRuntimeUrl(entry.url)) {
        continue;
      }
      let mapUrl: URL;
      try {
        mapUrl = new URL(ref, entry.url.startsWith("/") ? `file://${entry.url}` : entry.url);
      } catch {
        continue;
      }
      if (mapUrl.protocol !== "file:") continue;
      try {
        // Tried once: a map passed over is not read again on the next call.
        entry.map = null;
        const info = await Deno.stat(mapUrl);
        if (!info.isFile || info.size > MAX_MAP_BYTES) continue;
        const map = new TraceMap(await Deno.readTextFile(mapUrl), entry.url);
        // Only a map to sources the package ships: a line in a file no one can open (its text
        // only in the map) helps less than the one that ran.
        if (await sourcesOnDisk(map.resolvedSources)) entry.map = map;
      } catch {
        // Unreadable or not a map: positions stay generated.
      }
    }
  }

  /** Reads which of the scripts are their package's entry (its manifest's `exports` or `main`). */
  async loadPackageEntries(): Promise<void> {
    // In the order the target compiled them (script ids count up).
    const urls = [...this.#scripts].sort(([a], [b]) => a - b).map(([, e]) => e.url)
      .filter((u) => !isRuntimeUrl(u));
    this.#entries = await packageEntryUrls(urls);
  }

  /** Whether `url` is the file a package's import by name runs (after `forSnapshot`). */
  isPackageEntry(url: string): boolean {
    return this.#entries.has(url);
  }

  /** Original source texts of the program's own scripts: `[url, text]`. */
  async programSources(): Promise<[string, string][]> {
    await this.loadFileMaps();
    const out: [string, string][] = [];
    for (const entry of this.#scripts.values()) {
      if (isRuntimeUrl(entry.url)) continue;
      const map = this.#mapFor(entry);
      if (map) {
        // Resolved against the script's URL (a package's map names `../../lib/x.js`): the
        // same URLs `resolve` gives positions in.
        for (const source of map.resolvedSources) {
          if (!source || this.#texts.has(source)) continue;
          const text = sourceContentFor(map, source);
          this.#texts.set(source, text ?? (await readFileUrl(source)));
        }
      } else if (!this.#texts.has(entry.url)) {
        // What ran, when the capture kept it; else the file as it is now.
        this.#texts.set(entry.url, entry.source ?? await readFileUrl(entry.url));
      }
    }
    for (const [url, text] of this.#texts) if (text) out.push([url, text]);
    return out;
  }
}

/**
 * Reads a script's text: a `file://` URL, or an absolute path (how Node names CommonJS
 * scripts in a snapshot it writes itself); `null` when it is not a readable local file.
 */
async function readFileUrl(url: string): Promise<string | null> {
  const path = url.startsWith("file://") ? new URL(url) : url.startsWith("/") ? url : undefined;
  if (path === undefined) return null;
  try {
    const info = await Deno.stat(path);
    if (!info.isFile || info.size > 4 << 20) return null;
    return await Deno.readTextFile(path);
  } catch {
    return null;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Original lines that add to the holder named by `path`: `messageHistory.push(`,
 * `userSessions.set(`, `.messageBuffer.push(`, `cache[key] =`. Searches by the path's last
 * segment, preferring lines that also mention the full path.
 */
export function findGrowthSites(
  sources: [string, string][],
  path: string,
  limit = 3,
): SourceLocation[] {
  const segments = path.split(".");
  const last = segments[segments.length - 1].replace(/^globalThis$/, "");
  if (!/^[\w$]+$/.test(last)) return [];
  const name = escapeRegExp(last);
  const add = new RegExp(
    `(?:^|[^\\w$])${name}\\s*!?\\s*(?:\\??\\.\\s*(?:push|unshift|splice|set|add|concat)\\s*\\(|\\[[^\\]]+\\]\\s*=[^=])`,
  );
  const hits: { loc: SourceLocation; score: number }[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = add.exec(lines[i]);
      if (!m) continue;
      const score = segments.length > 1 && lines[i].includes(path) ? 2 : 1;
      hits.push({ loc: sourceLocation(url, i + 1, m.index + 1), score });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit).map((h) => h.loc);
}

/** Where the path's first variable is declared (`const messageHistory`), or the property (`connectionDurations:`). */
export function findDeclaration(
  sources: [string, string][],
  path: string,
): SourceLocation | undefined {
  const segments = path.replace(/^globalThis\./, "").split(".");
  const head = escapeRegExp(segments[0]);
  const last = escapeRegExp(segments[segments.length - 1]);
  const patterns = segments.length === 1
    ? [new RegExp(`\\b(?:const|let|var)\\s+${head}\\b`)]
    : [new RegExp(`\\b${last}\\s*[:=]`), new RegExp(`\\b(?:const|let|var)\\s+${head}\\b`)];
  for (const re of patterns) {
    for (const [url, text] of sources) {
      const lines = text.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const m = re.exec(lines[i]);
        if (m) return sourceLocation(url, i + 1, m.index + 1);
      }
    }
  }
  return undefined;
}
