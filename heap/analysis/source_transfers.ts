/**
 * Statements that move entries between two collections of one object, in either direction:
 * taken off one and put on the other in one statement (`this.#outbox.push(this.#inbox.pop())`,
 * `b.push(...a.splice(0, n))`) or through a local the next lines put on the other
 * (`const job = this.waiting.shift(); … this.running.push(job)`).
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import {
  best,
  escapeRegExp,
  isComment,
  matchLocation,
  quote,
  type ScoredStatement,
} from "./source_text.ts";

/** Calls that take entries off an array. */
const TAKES = "pop|shift|splice";
/** Calls that put entries on one. */
const PUTS = "push|unshift";
/** A receiver both collections are read on (`this`, `queue`, `press.events`). */
const RECEIVER = "(this|[\\w$]+(?:\\s*\\??\\.\\s*[\\w$#]+)*?)";
/** Lines after a take that may put its local on the other collection. */
const LOCAL_REACH = 4;

/** Statements that move entries between fields `a` and `b` of one object, best first. */
export function findTransfers(
  sources: [string, string][],
  a: string,
  b: string,
  preferUrl?: string,
): SourceStatement[] {
  const hits: ScoredStatement[] = [];
  for (const [from, to] of [[a, b], [b, a]]) {
    const field = (name: string) => `\\s*\\??\\.\\s*${escapeRegExp(name)}\\s*\\.\\s*`;
    const inOne = new RegExp(
      `(?:^|[^\\w$.#])${RECEIVER}${field(to)}(?:${PUTS})\\s*\\(\\s*(?:\\.\\.\\.)?\\s*\\1${
        field(from)
      }(?:${TAKES})\\s*\\(`,
    );
    const taken = new RegExp(
      `(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*${RECEIVER}${field(from)}(?:${TAKES})\\s*\\(`,
    );
    for (const [url, text] of sources) {
      const lines = text.split("\n");
      for (let i = 0; i < lines.length; i++) {
        if (isComment(lines[i])) continue;
        const one = inOne.exec(lines[i]);
        if (one) {
          hits.push({ statement: statementOn(url, lines, i, one), score: score(url, preferUrl) });
          continue;
        }
        const local = taken.exec(lines[i]);
        if (!local) continue;
        const put = new RegExp(
          `(?:^|[^\\w$.#])${escapeRegExp(local[2])}${field(to)}(?:${PUTS})\\s*\\(\\s*${
            escapeRegExp(local[1])
          }\\b`,
        );
        for (let k = i + 1; k <= i + LOCAL_REACH && k < lines.length; k++) {
          const m = put.exec(lines[k]);
          if (!m) continue;
          hits.push({ statement: statementOn(url, lines, i, local), score: score(url, preferUrl) });
          break;
        }
      }
    }
  }
  return best(hits, 3);
}

function statementOn(
  url: string,
  lines: string[],
  i: number,
  m: RegExpExecArray,
): SourceStatement {
  return { location: matchLocation(url, i, m), text: quote(lines[i]) };
}

function score(url: string, preferUrl: string | undefined): number {
  return url === preferUrl ? 2 : 1;
}
