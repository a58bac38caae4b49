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
  blockText,
  CONSTANT_VALUE,
  enclosingFunction,
  escapeRegExp,
  isComment,
  linesAt,
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
  // A node made with its link (`{ key, value, next: this.head }`) links the rest where it is made.
  if (!target.link.endsWith("[…]")) {
    const literal = new RegExp(
      `[{,]\\s*${escapeRegExp(target.link)}\\s*:\\s*(?!(?:null|undefined)\\b)[^,}\\s]`,
    );
    for (const [url, text] of sources) {
      text.split("\n").forEach((line, i) => {
        const m = literal.exec(line);
        if (!m || isComment(line)) return;
        const made = target.preferLines?.some((l) => l.url === url && l.line === i + 1);
        hits.push({
          statement: { location: matchLocation(url, i, m), text: quote(line) },
          score: (made ? 2.5 : 1.5) + (url === target.preferUrl ? 0.5 : 0),
        });
      });
    }
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

/**
 * Where a reference to the end of a chain moves off its node along a link (`this.tail =
 * node.prev`): a node left behind keeps its own links unless they are cleared. Those in a
 * function that takes that node out of a collection (`this.map.delete(node.key)`) and never
 * writes the chain's `link` come first: there the node leaves and keeps its place in the chain.
 */
export function findMovesOff(
  sources: [string, string][],
  name: string,
  link: string,
  preferUrl?: string,
): SourceStatement[] {
  const move = new RegExp(
    `(?:^|[^\\w$.]|\\bthis\\s*\\.\\s*)${
      escapeRegExp(name)
    }\\s*=(?![=>])\\s*([\\w$]+)(?:\\s*\\??\\.\\s*[\\w$]+)+\\s*;?\\s*(?:\\/\\/.*)?$`,
  );
  const linkWrite = new RegExp(
    `\\.\\s*${escapeRegExp(link)}\\s*=(?![=>])|[{,]\\s*${escapeRegExp(link)}\\s*:`,
  );
  const hits: ScoredStatement[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = move.exec(lines[i]);
      if (!m || isComment(lines[i])) continue;
      const statement = { location: matchLocation(url, i, m), text: quote(lines[i]) };
      const body = enclosingFunction(sources, statement.location)?.text ?? "";
      const node = escapeRegExp(m[1]);
      const takesOut = new RegExp(
        `\\.\\s*(?:delete|splice|remove)\\s*\\(\\s*${node}\\b|\\bdelete\\s+[\\w$.]+\\[\\s*${node}\\b`,
      ).test(body);
      let score = 1 + (takesOut ? 1 : 0) + (linkWrite.test(body) ? 0 : 0.5);
      if (url === preferUrl) score += 0.5;
      hits.push({ statement, score });
    }
  }
  return best(hits, 3);
}

/**
 * The statement by which a generator delegates to another (`yield* batches(journal, next)`), in
 * the body of the generator function that opens at `at`: a chain of suspended generators, each
 * holding the next in its frame, grows one link per delegation.
 */
export function findDelegation(
  sources: [string, string][],
  at: SourceLocation,
): SourceStatement | undefined {
  const lines = linesAt(sources, at);
  if (!lines) return undefined;
  const body = blockText(lines, at.line - 1).split("\n");
  for (let k = 1; k < body.length; k++) {
    const line = lines[at.line - 1 + k];
    const m = /\byield\s*\*/.exec(line);
    if (m && !isComment(line)) {
      return { location: matchLocation(at.url, at.line - 1 + k, m), text: quote(line) };
    }
  }
  return undefined;
}
