/**
 * What an investigation leaves behind for a later verification: its id, target, workload and a
 * digest of each suspect (name, path, growth per cycle, the adding statement), saved as
 * `<snapshotDir>/<id>.investigation.json` beside its snapshots so that a verification works
 * after the server restarted too.
 *
 * @module
 */

import { join } from "node:path";
import type { CompareReport } from "../heap/mod.ts";
import type { Workload } from "../workloads/mod.ts";

/** One suspect as a verification needs it. */
export interface SuspectDigest {
  rank: number;
  name: string;
  path: string;
  kind: string;
  insideOf?: number;
  added: number;
  addedPerCycle?: number;
  bytes: number;
  bytesPerCycle?: number;
  /** `file:line` of the adding statement (else the engine's best place to look). */
  where?: string;
}

/** A finished investigation, as saved. */
export interface InvestigationRecord {
  id: string;
  /** ISO time it finished. */
  finishedAt: string;
  /** `Deno 2.9.6 file:///…/app.ts`. */
  target: string;
  workload: Workload;
  /** Units of work (requests, clients) between the baseline and the after snapshot. */
  cycles: number;
  suspects: SuspectDigest[];
  /** The leak per cycle the suspects account for. */
  leakBytesPerCycle?: number;
}

/** File name suffix of saved records. */
const SUFFIX = ".investigation.json";

/** The record's file while it is being written; it also reserves the id (see below). */
const PART = ".investigation.json.part";

/**
 * A fresh id, `leak-20260102-153000` (a suffix when that second is taken in `dir`), reserved by
 * creating its record's partial file atomically: two servers sharing a snapshot directory
 * never get the same id, so never write each other's snapshots. {@link saveRecord} completes
 * the file; {@link releaseInvestigationId} removes it when the run ends without a record.
 */
export async function newInvestigationId(dir: string, now = new Date()): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  for (let n = 0;; n++) {
    const id = `leak-${stamp}${n ? `-${n}` : ""}`;
    const done = await Deno.stat(join(dir, id + SUFFIX)).then(() => true, () => false);
    if (done) continue;
    try {
      (await Deno.open(join(dir, id + PART), { write: true, createNew: true })).close();
      return id;
    } catch (e) {
      if (!(e instanceof Deno.errors.AlreadyExists)) throw e;
    }
  }
}

/** Gives up the id's reservation (nothing to do once its record is saved). */
export async function releaseInvestigationId(dir: string, id: string): Promise<void> {
  try {
    await Deno.remove(join(dir, id + PART));
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
}

/** The digest of a report's suspects. */
export function digestSuspects(report: CompareReport): SuspectDigest[] {
  return report.suspects.map((s) => ({
    rank: s.rank,
    name: s.name,
    path: s.path,
    kind: s.kind,
    insideOf: s.insideOf,
    added: s.added,
    addedPerCycle: s.addedPerCycle,
    bytes: s.bytes,
    bytesPerCycle: s.bytesPerCycle,
    where: s.statement?.location.display ?? s.location?.display,
  }));
}

/** Saves `record` in `dir`. */
export async function saveRecord(dir: string, record: InvestigationRecord): Promise<void> {
  await Deno.mkdir(dir, { recursive: true });
  // Written beside, then renamed: a reader never finds half a record under the final name.
  const part = join(dir, record.id + PART);
  await Deno.writeTextFile(part, JSON.stringify(record, null, 1));
  await Deno.rename(part, join(dir, record.id + SUFFIX));
}

/** The record `id` in `dir`, or undefined. Ids are checked so none can name another file. */
export async function loadRecord(
  dir: string,
  id: string,
): Promise<InvestigationRecord | undefined> {
  if (!/^leak-[0-9-]{15,24}$/.test(id)) return undefined;
  try {
    return JSON.parse(await Deno.readTextFile(join(dir, id + SUFFIX)));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
}

/** The newest record in `dir` (by its id's time), or undefined. */
export async function latestRecord(dir: string): Promise<InvestigationRecord | undefined> {
  const ids: string[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      if (e.isFile && e.name.endsWith(SUFFIX)) ids.push(e.name.slice(0, -SUFFIX.length));
    }
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
  // Same-second suffixes sort after their base: `leak-…-000000` < `leak-…-000000-1`.
  ids.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const id of ids.reverse()) {
    const r = await loadRecord(dir, id);
    if (r) return r;
  }
  return undefined;
}
