/**
 * Which of several adds filed the kept entries, from their keys' text. A key built from a
 * literal (`new-${seq}`, `"draft:" + id`) carries that literal; the kept keys the snapshot
 * shows (`consignments:new-101`) carry it too when that add filed them, and an add whose own
 * literals none of them carry did not.
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import { enclosingFunction, escapeRegExp, linesAt, splitArguments } from "./source_text.ts";

/** The shortest literal worth matching: one character (`:`) is in every key. */
const MIN_LITERAL = 2;

/**
 * Moves first the add whose key's literals the kept keys carry, when the first add's do not;
 * in place. Adds whose key has no literal of its own say nothing either way.
 */
export function preferKeyShape(
  sources: [string, string][],
  adds: SourceStatement[],
  sampleKeys: string[] | undefined,
): void {
  if (!sampleKeys?.length || adds.length < 2) return;
  const carries = (add: SourceStatement) => {
    const literals = keyLiterals(sources, add);
    return literals.length === 0
      ? undefined
      : literals.some((l) => sampleKeys.some((k) => k.includes(l)));
  };
  if (carries(adds[0]) === true) return;
  const k = adds.findIndex((a, n) => n > 0 && carries(a) === true);
  if (k > 0) adds.unshift(...adds.splice(k, 1));
}

/**
 * The string literals a keyed add's key is built from: in the key argument (`set(key, v)`,
 * `[key] =`) and in the definitions, in its function above it, of the names that argument
 * uses (`const tmpId = \`new-${…}\``).
 */
export function keyLiterals(sources: [string, string][], add: SourceStatement): string[] {
  const key = keyArgument(add.text);
  if (key === undefined) return [];
  const lines = linesAt(sources, add.location);
  const fn = enclosingFunction(sources, add.location);
  const above = lines && fn ? lines.slice(fn.line, add.location.line - 1) : [];
  const texts = [key];
  for (const name of new Set(key.match(/(?<![\w$.#])[A-Za-z_$][\w$]*/g) ?? [])) {
    const defined = new RegExp(
      String.raw`(?:\b(?:const|let|var)\s+|^\s*)${escapeRegExp(name)}\s*=(?!=)(.*)$`,
    );
    for (const line of above) {
      const m = defined.exec(line);
      if (m) texts.push(m[1]);
    }
  }
  return texts.flatMap(literalsIn).filter((l) => l.length >= MIN_LITERAL && /[A-Za-z]/.test(l));
}

/** The key argument of `.set(k, …)`, `.add(k)` or `[k] = …` in an add's line. */
function keyArgument(text: string): string | undefined {
  const call = /\.\s*(?:set|add)\s*\(/.exec(text);
  if (call) return splitArguments(text.slice(call.index + call[0].length))?.[0]?.trim();
  return /\[([^\]]+)\]\s*=(?!=)/.exec(text)?.[1].trim();
}

/** The static text of the string and template literals in `code`. */
function literalsIn(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/'([^'\\]*)'|"([^"\\]*)"|`([^`]*)`/g)) {
    if (m[3] !== undefined) out.push(...m[3].split(/\$\{[^}]*\}/));
    else out.push(m[1] ?? m[2]);
  }
  return out.map((l) => l.trim()).filter(Boolean);
}
