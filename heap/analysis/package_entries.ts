/**
 * The files a package hands out when the program imports it by name (`import passport from
 * "passport"` runs `passport/lib/index.js`): what that file exports is the object the program
 * holds under its own name, so a path that starts at the file's `module.exports` is the
 * program's `passport`. Read from each package's `package.json` (`exports`, else `main`, else
 * `index.js`), for the packages whose scripts ran.
 *
 * @module
 */

import { escapeRegExp, linesAt, matchLocation } from "./source_text.ts";
import type { SourceLocation } from "../report.ts";
import { packageAt } from "./script_urls.ts";

/** Largest `package.json` read. */
const MAX_MANIFEST_BYTES = 1 << 20;

/**
 * Entry files of the packages the scripts belong to, spelled as the scripts' URLs are (a
 * `file://` URL or an absolute path). `scriptUrls` in the order the target compiled them. A
 * package whose manifest cannot be read (outside the folders this process may read) is taken
 * to start at its first script compiled: importing a package runs its entry first, which
 * loads the rest.
 */
export async function packageEntryUrls(scriptUrls: Iterable<string>): Promise<Set<string>> {
  const firstScript = firstScripts(scriptUrls);
  const out = new Set<string>();
  for (const [dir, first] of firstScript) {
    const manifest = await readManifest(dir);
    if (manifest === undefined) {
      out.add(first);
      continue;
    }
    for (const target of entryTargets(manifest)) {
      const rel = target.replace(/^\.\//, "");
      const base = `${dir}/${rel}`.replace(/\/+$/, "");
      // `main: "./lib"` names a folder or a file without its extension, as `require` reads it.
      for (const candidate of [base, `${base}.js`, `${base}/index.js`]) out.add(candidate);
    }
  }
  return out;
}

/**
 * Per package directory, its first script of `scriptUrls` (in the order the target compiled
 * them): the file importing the package ran first, as far as the scripts alone tell.
 */
export function firstScripts(scriptUrls: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const url of scriptUrls) {
    const dir = packageAt(url)?.dir;
    if (dir !== undefined && !out.has(dir)) out.set(dir, url);
  }
  return out;
}

/** Whether a script (by id) is its package's first compiled one (see {@link firstScripts}). */
export function firstOfPackage(
  scriptUrls: Record<number, string>,
): (scriptId: number) => boolean {
  // Integer keys list in ascending order: the order the target compiled the scripts.
  const first = new Set(firstScripts(Object.values(scriptUrls)).values());
  return (id) => first.has(scriptUrls[id]);
}

/** The manifest's entry targets for the package's own name: every condition's, any runtime. */
export function entryTargets(manifest: Record<string, unknown>): string[] {
  const targets: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") targets.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  const exports = manifest.exports;
  if (typeof exports === "string" || Array.isArray(exports)) collect(exports);
  else if (exports && typeof exports === "object") {
    const map = exports as Record<string, unknown>;
    // Subpaths (`"./utils"`) or conditions straight away (`{ "import": …, "require": … }`).
    const subpaths = Object.keys(map).some((k) => k.startsWith("."));
    collect(subpaths ? map["."] : map);
  }
  if (targets.length === 0) {
    collect(typeof manifest.main === "string" && manifest.main ? manifest.main : "index.js");
  }
  return targets.filter((t) => !t.endsWith(".d.ts") && !t.endsWith(".json"));
}

async function readManifest(dir: string): Promise<Record<string, unknown> | undefined> {
  const path = dir.startsWith("file://") ? new URL(`${dir}/package.json`) : `${dir}/package.json`;
  try {
    const info = await Deno.stat(path);
    if (!info.isFile || info.size > MAX_MANIFEST_BYTES) return undefined;
    const parsed = JSON.parse(await Deno.readTextFile(path));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The one name the program's own files import package `pkg` under, whole (`import passport
 * from "passport"`, `import * as ejs from "npm:ejs@3"`, `const cache = require("node-cache")`);
 * undefined when none does or they use different names.
 */
export function programImportName(
  sources: [string, string][],
  pkg: string,
  isDependency: (url: string) => boolean,
): string | undefined {
  const spec = String.raw`["'](?:npm:)?${escapeRegExp(pkg)}(?:@[^"'/]*)?["']`;
  const forms = [
    new RegExp(String.raw`\bimport\s+([\w$]+)\s*(?:,\s*\{[^}]*\}\s*)?from\s*${spec}`, "g"),
    new RegExp(String.raw`\bimport\s*\*\s*as\s+([\w$]+)\s+from\s*${spec}`, "g"),
    new RegExp(String.raw`\b(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(\s*${spec}\s*\)`, "g"),
  ];
  const names = new Set<string>();
  for (const [url, text] of sources) {
    if (isDependency(url)) continue;
    for (const form of forms) for (const m of text.matchAll(form)) names.add(m[1]);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The first line of the sources that imports something as `name` (`import passport from …`). */
export function findImportOf(
  sources: [string, string][],
  name: string,
): SourceLocation | undefined {
  const n = escapeRegExp(name);
  const line = new RegExp(String.raw`^\s*import\s+(?:${n}\b|\*\s*as\s+${n}\b)`);
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = line.exec(lines[i]);
      if (m) return matchLocation(url, i, m);
    }
  }
  return undefined;
}

/**
 * The package the program's object at `declared` was made with: the one its declaring line
 * calls (`createCache()`, `new LRUCache(…)`, `pino.child(…)`) is imported from in that file
 * (`import { createCache } from "cache-manager"`, `const pino = require("pino")`). Its options
 * bound what the object keeps, whichever package's code does the keeping.
 */
export function madeWith(
  sources: [string, string][],
  declared: SourceLocation,
): string | undefined {
  const lines = linesAt(sources, declared);
  const line = lines?.[declared.line - 1];
  if (!lines || line === undefined) return undefined;
  const made = /=\s*(?:await\s+)?(?:new\s+)?([\w$]+)\s*(?:\.\s*[\w$]+\s*)*\(/.exec(line)?.[1];
  return made ? importedFrom(lines.join("\n"), made) : undefined;
}

/**
 * The package (`cache-manager`, `@scope/name`) a module's text imports `name` from: a default,
 * named (also renamed) or namespace import, or a require; undefined for a relative module.
 */
export function importedFrom(text: string, name: string): string | undefined {
  const n = escapeRegExp(name);
  const from = String.raw`\s*["'](?:npm:|node:)?([^"'.][^"']*)["']`;
  const forms = [
    String.raw`\bimport\s+${n}\s*(?:,\s*\{[^}]*\}\s*)?from${from}`,
    String
      .raw`\bimport\s*(?:[\w$]+\s*,\s*)?\{[^}]*(?<![\w$])(?:[\w$]+\s+as\s+)?${n}\s*(?:,[^}]*)?\}\s*from${from}`,
    String.raw`\bimport\s*\*\s*as\s+${n}\s+from${from}`,
    String.raw`\b(?:const|let|var)\s+${n}\s*=\s*require\s*\(${from}\s*\)`,
    String
      .raw`\b(?:const|let|var)\s*\{[^}]*(?<![\w$])(?:[\w$]+\s*:\s*)?${n}\s*(?:,[^}]*)?\}\s*=\s*require\s*\(${from}\s*\)`,
  ];
  for (const form of forms) {
    const spec = new RegExp(form).exec(text)?.[1];
    if (spec === undefined) continue;
    // The package's name: `@scope/name` or `name`, without a version or a subpath.
    const m = /^(@[^/@]+\/[^/@]+|[^/@][^/@]*)/.exec(spec);
    return m?.[1];
  }
  return undefined;
}
