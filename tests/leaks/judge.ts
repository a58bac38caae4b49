/**
 * Judges one compare_snapshots report against a corpus case's `expect`. Small on purpose: the
 * engine's author adjusts it when the report gains fields.
 *
 * - named: the FIRST suspect's `name` or `path` is one of `expect.names` (whitespace
 *   normalised, exact; `[…]` in an expected name is any one key); with `expect.perCycle`, its entries added per cycle are that within 10%
 *   (or its objects, when it counts the same objects in several keys' collections apart).
 * - lineRight: that suspect's quoted statement (else its location) is `expect.adds.file` at the
 *   line whose text contains `expect.adds.text`; with `expect.removes`, its first removal is
 *   that line too.
 * - falseSuspects: every suspect that is not the expected one and does not say it lies inside
 *   it (`insideOf`/`inside`: the expected suspect's path, or its 1-based rank). For a case that
 *   does not leak, every suspect.
 *
 * @module
 */

import type { LeakCase, SourceAnchor } from "./cases.ts";

/** A source position as the report gives it (`url` a file URL or path; `display` is file:line). */
export interface ReportSite {
  url?: string;
  file?: string;
  line?: number;
  display?: string;
}

/** The fields of a suspect the judge reads. */
export interface ReportSuspect {
  name?: string;
  path: string;
  location?: ReportSite;
  statement?: { location: ReportSite };
  removals?: { location: ReportSite }[];
  insideOf?: string | number;
  inside?: string | number;
  addedPerCycle?: number;
  /** With entries placed in several keys' collections: the objects counted once each. */
  distinct?: number;
  added?: number;
}

/** The fields of compare_snapshots' structuredContent the judge reads. */
export interface CompareReport {
  suspects?: ReportSuspect[];
}

export interface Verdict {
  named: boolean;
  lineRight: boolean;
  falseSuspects: string[];
  notes: string[];
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Whether a name is the expected one: exactly (whitespace normalised), where `[…]` in the
 * expected name stands for any one key (a key that differs each run: an origin with its port),
 * written as an index or as a Map's lookup (`overrides.get("acme")`).
 */
function nameMatcher(expected: string): (name: string) => boolean {
  const want = normalise(expected);
  if (!want.includes("[…]")) return (name) => normalise(name) === want;
  const pattern = new RegExp(
    `^${
      want.split("[…]").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(
        '(?:\\[[^\\]]+\\]|\\.get\\((?:"[^"]*"|[^()"]+)\\))',
      )
    }$`,
  );
  return (name) => pattern.test(normalise(name));
}

/** 1-based line of the one line of `caseDir/anchor.file` that contains `anchor.text`. */
export function anchorLine(caseDir: string, anchor: SourceAnchor): number {
  const lines = Deno.readTextFileSync(`${caseDir}/${anchor.file}`).split("\n");
  const from = anchor.after === undefined ? 0 : lines.findIndex((l) => l.includes(anchor.after!));
  if (from < 0) throw new Error(`${anchor.file}: no line holds "${anchor.after}"`);
  const hits = lines.flatMap((line, n) => n >= from && line.includes(anchor.text) ? [n + 1] : []);
  if (hits.length !== 1) {
    throw new Error(
      `${anchor.file}: "${anchor.text}" is on ${hits.length} lines (${
        hits.join(", ")
      }); it must be on one`,
    );
  }
  return hits[0];
}

/**
 * Whether a reported path is the expected file: the same path, a path relative to where the
 * expected one ends, or the same file once links are resolved (a package under the repo's
 * `node_modules/` is a link into `node_modules/.deno/…`, which the runtime reports).
 */
function samePath(got: string, want: string): boolean {
  if (got === want || want.endsWith(`/${got.replace(/^\.?\//, "")}`)) return true;
  try {
    return Deno.realPathSync(got) === Deno.realPathSync(want);
  } catch {
    return false;
  }
}

/** The absolute path and line a report site points at, if it names both. */
function siteOf(site: ReportSite | undefined): { path: string; line: number } | undefined {
  if (!site) return undefined;
  let ref = site.url ?? site.file;
  let line = site.line;
  if (ref === undefined && site.display) {
    const m = /^(.*):(\d+)(?::\d+)?$/.exec(site.display);
    if (m) [ref, line] = [m[1], Number(m[2])];
  }
  if (!ref || line === undefined) return undefined;
  const path = ref.startsWith("file://") ? decodeURIComponent(new URL(ref).pathname) : ref;
  return { path, line };
}

function isInside(s: ReportSuspect, expected: { rank: number; path: string }[]): boolean {
  const ref = s.insideOf ?? s.inside;
  if (ref === undefined) return false;
  return expected.some((e) =>
    typeof ref === "number" ? ref === e.rank : normalise(String(ref)) === e.path
  );
}

export function judge(c: LeakCase, report: CompareReport, caseDir: string): Verdict {
  const suspects = report.suspects ?? [];
  const notes: string[] = [];
  if (!c.leaks || !c.expect) {
    return {
      named: false,
      lineRight: false,
      falseSuspects: suspects.map((s) => s.name ?? s.path),
      notes,
    };
  }

  const names = c.expect.names.map(nameMatcher);
  const matches = (s: ReportSuspect) =>
    names.some((m) => m(s.path) || (s.name !== undefined && m(s.name)));
  const expected = suspects.flatMap((s, n) =>
    matches(s) ? [{ rank: n + 1, path: normalise(s.path) }] : []
  );

  const first = suspects[0];
  let named = first !== undefined && matches(first);
  const perCycle = c.expect.perCycle;
  if (named && perCycle !== undefined) {
    const got = first.addedPerCycle;
    // Placements or objects: a case's author may count either when the same objects sit in
    // several keys' collections, and the report states both.
    const objects = got !== undefined && first.distinct !== undefined && first.added
      ? got * first.distinct / first.added
      : undefined;
    const near = (x: number | undefined) =>
      x !== undefined && Math.abs(x - perCycle) <= perCycle * 0.1;
    if (!near(got) && !near(objects)) {
      named = false;
      notes.push(`${first.name ?? first.path} adds ${got ?? "?"} per cycle, expected ${perCycle}`);
    }
  }
  if (!first) notes.push("no suspects");
  else if (!named) {
    const rank = expected[0]?.rank;
    notes.push(
      `first suspect is ${first.name ?? first.path}` + (rank ? `; expected one is #${rank}` : ""),
    );
  }

  let lineRight = false;
  if (named) {
    const line = anchorLine(caseDir, c.expect.adds);
    const want = `${caseDir}/${c.expect.adds.file}`;
    const got = siteOf(first.statement?.location ?? first.location);
    lineRight = got !== undefined && got.line === line && samePath(got.path, want);
    if (!lineRight) {
      notes.push(
        `expected ${c.expect.adds.file}:${line}, got ${
          got ? `${got.path}:${got.line}` : "no site"
        }`,
      );
    }
    if (c.expect.removes) {
      const removal = siteOf(first.removals?.[0]?.location);
      const at = anchorLine(caseDir, c.expect.removes);
      const wanted = `${caseDir}/${c.expect.removes.file}`;
      const removalRight = removal !== undefined && removal.line === at &&
        samePath(removal.path, wanted);
      if (!removalRight) {
        lineRight = false;
        notes.push(
          `expected the removal at ${c.expect.removes.file}:${at}, got ${
            removal ? `${removal.path}:${removal.line}` : "none"
          }`,
        );
      }
    }
  }

  const falseSuspects = suspects.filter((s) => !matches(s) && !isInside(s, expected))
    .map((s) => s.name ?? s.path);
  return { named, lineRight, falseSuspects, notes };
}
