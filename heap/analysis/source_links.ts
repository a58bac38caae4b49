/**
 * The statements that link a node into a linked structure and unlink it again, found by the
 * link they write (`prev.next = node`, `update[i].next[i] = node`; `prev.next = cur.next`):
 * a structure grown by splicing is written through its nodes, never by the name it is kept
 * under.
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import {
  best,
  CONSTANT_VALUE,
  escapeRegExp,
  isComment,
  matchLocation,
  quote,
  type ScoredStatement,
} from "./source_text.ts";

/** What a structure's links are: the property (`next`) and the class of its nodes. */
export interface LinkTarget {
  /** The link as a path hop reads: `next`, or `next[…]` for an array of links. */
  link: string;
  /** The class of its nodes, when they have one (`SkipNode`). */
  nodeClass?: string;
  preferUrl?: string;
  /** Where the new nodes are made. */
  preferLines?: SourceLocation[];
}

/** One write of a link: its receiver, what it is set to, and where. */
interface LinkWrite {
  url: string;
  line: number;
  match: RegExpExecArray;
  receiver: string;
  value: string;
  /** Variables the file keeps a new node in (`const node = new SkipNode(`). */
  newNodes: Set<string>;
}

/**
 * Where new nodes are linked in, best first: a link of a node set to a new one
 * (`update[i].next[i] = node`), not the new node's own link to the rest
 * (`node.next[i] = update[i].next[i]`) or a link set to another link's node.
 */
export function findLinkingStatements(
  sources: [string, string][],
  target: LinkTarget,
  limit = 3,
): SourceStatement[] {
  const hits: ScoredStatement[] = [];
  for (const w of linkWrites(sources, target)) {
    if (readsLink(w.value, target.link) || new RegExp(`^${CONSTANT_VALUE}`).test(w.value)) continue;
    // Setting up a node's own links (`this.next = new Array(level)`) links nothing in.
    if (/^(?:new\s+Array\b|Array\s*\(|\[)/.test(w.value)) continue;
    let score = 1;
    if (w.newNodes.has(w.value.replace(/;\s*$/, "").trim())) score += 1;
    if (w.newNodes.has(rootOf(w.receiver))) score -= 0.5;
    if (w.url === target.preferUrl) score += 0.5;
    hits.push({ statement: statementOf(w), score });
  }
  return best(hits, limit);
}

/**
 * Where nodes are unlinked, in the order of the sources: a link of a node set past the next
 * one (`update[i].next[i] = x.next[i]`, `prev.next = cur.next`); not a new node taking the
 * link it replaces (`node.next = prev.next`).
 */
export function findUnlinkingStatements(
  sources: [string, string][],
  target: LinkTarget,
): SourceStatement[] {
  const found: SourceStatement[] = [];
  for (const w of linkWrites(sources, target)) {
    if (!readsLink(w.value, target.link) || w.newNodes.has(rootOf(w.receiver))) continue;
    found.push(statementOf(w));
  }
  const preferred = found.filter((s) => s.location.url === target.preferUrl);
  return preferred.length ? preferred : found;
}

/** Every assignment to the link in the sources (not comments, not comparisons). */
function* linkWrites(sources: [string, string][], target: LinkTarget): Generator<LinkWrite> {
  const name = escapeRegExp(target.link.replace(/\[…\]$/, ""));
  const slot = target.link.endsWith("[…]") ? "\\s*\\[[^\\]]+\\]" : "";
  const write = new RegExp(
    `([\\w$#.\\[\\]]+?)\\s*\\??\\.\\s*${name}${slot}\\s*=(?![=>])\\s*(.+)$`,
  );
  const made = target.nodeClass && /^[A-Z][\w$]*$/.test(target.nodeClass)
    ? new RegExp(
      `\\b(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*new\\s+${escapeRegExp(target.nodeClass)}\\s*\\(`,
    )
    : undefined;
  for (const [url, text] of sources) {
    if (!new RegExp(`\\.\\s*${name}\\b`).test(text)) continue;
    const lines = text.split("\n");
    const newNodes = new Set<string>();
    lines.forEach((line, i) => {
      const atMade = target.preferLines?.some((l) => l.url === url && l.line === i + 1);
      const v = made?.exec(line)?.[1] ??
        (atMade ? /\b(?:const|let|var)\s+([\w$]+)\s*=/.exec(line)?.[1] : undefined);
      if (v) newNodes.add(v);
    });
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (isComment(line)) continue;
      const m = write.exec(line);
      if (!m) continue;
      yield { url, line: i, match: m, receiver: m[1], value: m[2].trim(), newNodes };
    }
  }
}

/** Whether an assignment's right side reads the link (`x.next[i]`, `cur?.next`). */
function readsLink(value: string, link: string): boolean {
  const name = escapeRegExp(link.replace(/\[…\]$/, ""));
  return new RegExp(`\\??\\.\\s*${name}(?![\\w$])`).test(value);
}

/** The variable an expression starts from (`update` for `update[i]`). */
function rootOf(expression: string): string {
  return /^[\w$#]+/.exec(expression.trim())?.[0] ?? "";
}

function statementOf(w: LinkWrite): SourceStatement {
  return { location: matchLocation(w.url, w.line, w.match), text: quote(w.match.input) };
}
