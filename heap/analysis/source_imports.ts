/**
 * Names a removal's condition reads from another module that the module does not define
 * (`const { RECENT_SIGNINS } = require("./config.cjs")` where config.cjs exports
 * `RECENT_SIGNIN_LIMIT`): CommonJS hands back `undefined` without a word, every comparison
 * with it is false, and the removal under it never runs.
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import { escapeRegExp, isComment, linesAt } from "./source_text.ts";

/** A name read from a module that does not define it. */
export interface MissingImport {
  name: string;
  /** The module as the program names it (`./config.cjs`). */
  module: string;
  /** The line that takes it from the module (1-based, in the removal's file). */
  line: number;
  /** Names the module does define that share the name's first word (`RECENT_SIGNIN_LIMIT`). */
  near: string[];
}

/** `const { A, B: b } = require("./m")`: the names taken and the module. */
const REQUIRE_DESTRUCTURED =
  /\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\s*\(\s*["']([^"']+)["']\s*\)/;

/**
 * The first name the removal (or the condition it sits under) reads that its file takes from a
 * module of the program by `require` and that the module does not define.
 */
export function missingImport(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): MissingImport | undefined {
  if (!removal) return undefined;
  const lines = linesAt(sources, removal.location);
  if (!lines) return undefined;
  const read = `${removal.within ?? ""} ${removal.text}`;
  for (let i = 0; i < lines.length; i++) {
    const m = REQUIRE_DESTRUCTURED.exec(lines[i]);
    if (!m || isComment(lines[i])) continue;
    const text = moduleText(sources, removal.location.url, m[2]);
    if (text === undefined) continue;
    for (const part of m[1].split(",")) {
      const [exported, local = exported] = part.split(":").map((p) => p.trim());
      if (!/^[\w$]+$/.test(exported) || !/^[\w$]+$/.test(local)) continue;
      if (!new RegExp(String.raw`\b${escapeRegExp(local)}\b`).test(read)) continue;
      const defined = definedNames(text);
      if (defined.length === 0 || defined.includes(exported)) continue;
      const word = exported.split(/_|(?=[A-Z][a-z])/)[0];
      const near = defined.filter((d) => d !== exported && d.startsWith(word)).slice(0, 3);
      return { name: exported, module: m[2], line: i + 1, near };
    }
  }
  return undefined;
}

/** The text of the module `spec` names from `fromUrl`, when it is one of the program's. */
function moduleText(
  sources: [string, string][],
  fromUrl: string,
  spec: string,
): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  let target: string;
  try {
    target = new URL(spec, fromUrl).href;
  } catch {
    return undefined;
  }
  const found = sources.find(([url]) =>
    url === target || url === `${target}.js` || url === `${target}.cjs` ||
    url === `${target}/index.js`
  );
  return found?.[1];
}

/**
 * The names a CommonJS module defines for its users: the keys of the object it assigns to
 * `module.exports` and each `exports.X =` / `module.exports.X =`. Empty when it is written in
 * a way this does not read (then nothing is said).
 */
function definedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:module\.)?exports\.([\w$]+)\s*=/g)) out.push(m[1]);
  const whole = /\bmodule\.exports\s*=\s*\{/.exec(text);
  if (whole) {
    let depth = 0;
    let key = "";
    let keys = true;
    for (let k = whole.index + whole[0].length - 1; k < text.length; k++) {
      const c = text[k];
      if (c === "{" || c === "(" || c === "[") {
        // A computed key (`[name]: …`): names this cannot see.
        if (depth === 1 && c === "[" && keys && key.trim() === "") return [];
        depth++;
        continue;
      } else if (c === "}" || c === ")" || c === "]") {
        if (--depth === 0) break;
        continue;
      }
      if (depth !== 1) continue;
      if (c === "," || c === "\n") {
        const name = /^\s*([\w$]+)\s*$/.exec(key)?.[1];
        if (keys && name) out.push(name); // a shorthand (`{ a, b }`)
        key = "";
        keys = true;
      } else if (c === ":" && keys) {
        const name = /^\s*["']?([\w$]+)["']?\s*$/.exec(key)?.[1];
        if (name) out.push(name);
        keys = false;
      } else if (keys) {
        key += c;
        // A spread (`...defaults`): names this cannot see.
        if (key.trim() === "...") return [];
      }
    }
  }
  return out;
}
