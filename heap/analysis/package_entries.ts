/**
 * The files a package hands out when the program imports it by name (`import passport from
 * "passport"` runs `passport/lib/index.js`): what that file exports is the object the program
 * holds under its own name, so a path that starts at the file's `module.exports` is the
 * program's `passport`. Read from each package's `package.json` (`exports`, else `main`, else
 * `index.js`), for the packages whose scripts ran.
 *
 * @module
 */

import { linesAt } from "./source_text.ts";
import { sourceLocation } from "./attribution.ts";
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
  const names = new Set<string>();
  for (const [url, text] of sources) {
    if (isDependency(url)) continue;
    for (const b of importBindings(text)) {
      const from = packageOfSpecifier(b.spec);
      if (b.whole && from?.name === pkg && !from.subpath) names.add(b.name);
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The first line of the sources that imports a module whole as `name` (`import passport from
 * …`, `import * as passport from …`).
 */
export function findImportOf(
  sources: [string, string][],
  name: string,
): SourceLocation | undefined {
  for (const [url, text] of sources) {
    const b = importBindings(text).find((b) => b.whole && b.name === name && b.statement);
    if (!b) continue;
    const before = text.slice(0, b.index);
    const line = before.split("\n").length;
    return sourceLocation(url, line, b.index - before.lastIndexOf("\n"));
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
 * The package (`cache-manager`, `@scope/name`) a module's text imports `name` from, in any
 * form; undefined for a relative module or a name it does not import.
 */
export function importedFrom(text: string, name: string): string | undefined {
  const b = importBindings(text).find((b) => b.name === name);
  return b ? packageOfSpecifier(b.spec)?.name : undefined;
}

/** A name a module's text binds to what another module exports. */
export interface ImportBinding {
  /** The local name (`Lru` for `import { LRUCache as Lru }`). */
  name: string;
  /** The module as written (`npm:lru-cache@11`, `./bookings.mjs`). */
  spec: string;
  /** The module itself (a default or namespace import, `x = require(…)`), not one export. */
  whole: boolean;
  /** An `import` statement (at its line's start), not a `require` call. */
  statement: boolean;
  /** Where the import statement or declaration starts in the text. */
  index: number;
}

const SPEC = String.raw`\s*["']([^"']+)["']`;
/** `import a from`, `import a, { b as c } from`, `import * as ns from`, `import type { T } from`. */
const IMPORT_STATEMENT = new RegExp(
  String
    .raw`^[ \t]*import\s+(?:type\s+)?(?:([\w$]+)\s*(?:,\s*)?)?(?:\{([^}]*)\}\s*|\*\s*as\s+([\w$]+)\s+)?from${SPEC}`,
  "gm",
);
/** `const a = require("m")`. */
const REQUIRE_WHOLE = new RegExp(
  String.raw`\b(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(${SPEC}\s*\)`,
  "g",
);
/** `const { a, b: c } = require("m")`. */
const REQUIRE_NAMED = new RegExp(
  String.raw`\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\s*\(${SPEC}\s*\)`,
  "g",
);

/** The names a module's text imports: `import` statements and `require` calls. */
export function importBindings(text: string): ImportBinding[] {
  const out: ImportBinding[] = [];
  const named = (list: string, spec: string, index: number, statement: boolean) => {
    for (const item of list.split(",")) {
      // `type T`, `a as b` (import), `a: b` (destructuring): the local name is the last.
      const name = /([\w$]+)\s*$/.exec(item.trim())?.[1];
      if (name) out.push({ name, spec, whole: false, statement, index });
    }
  };
  for (const m of text.matchAll(IMPORT_STATEMENT)) {
    const [, def, list, ns, spec] = m;
    const index = m.index! + (m[0].length - m[0].trimStart().length);
    if (def && def !== "type") out.push({ name: def, spec, whole: true, statement: true, index });
    if (ns) out.push({ name: ns, spec, whole: true, statement: true, index });
    if (list !== undefined) named(list, spec, index, true);
  }
  for (const m of text.matchAll(REQUIRE_WHOLE)) {
    out.push({ name: m[1], spec: m[2], whole: true, statement: false, index: m.index! });
  }
  for (const m of text.matchAll(REQUIRE_NAMED)) named(m[1], m[2], m.index!, false);
  return out;
}

/**
 * The package a module specifier names (`npm:@scope/name@2/sub` → `@scope/name`, subpath
 * `sub`); undefined for a relative or absolute one.
 */
export function packageOfSpecifier(
  spec: string,
): { name: string; subpath?: string } | undefined {
  const bare = spec.replace(/^(?:npm|node):/, "");
  if (bare.includes(":")) return undefined; // a URL, or another registry's
  const m = /^(@[^/@]+\/[^/@]+|[^/@.][^/@]*)(?:@[^/]*)?(?:\/(.+))?$/.exec(bare);
  if (!m) return undefined;
  return m[2] ? { name: m[1], subpath: m[2] } : { name: m[1] };
}
