/**
 * The findings the engine produces: plain, JSON-serialisable data. The CLI's `--json`
 * output and the MCP tools' `structuredContent` are exactly these shapes; the text
 * formatters render them. Field names here are a public, documented contract.
 *
 * @module
 */

/** A position in original source, after source-map resolution when a map was available. */
export interface SourceLocation {
  /** `file:///…/app.ts`, a path, or `script #12` when the script URL is unknown. */
  url: string;
  /** 1-based line in the original source. */
  line: number;
  /** 1-based column in the original source. */
  column: number;
  /** `url` without the `file://` prefix plus `:line`, as a human reads it: `scenario-6/app.ts:57`. */
  display: string;
}

/** Whether a group is the application's own objects or V8/runtime internals. */
export type GroupKind = "user" | "internal";

/** One class of objects, named the way Chrome DevTools names them, compared across snapshots. */
export interface GroupDiff {
  /** `ChatConnection`, `{type, user, content, timestamp}`, `heartbeat()`, `(anonymous)`, `Array`, `(string)`, `system / Map`, … */
  name: string;
  kind: GroupKind;
  countBefore: number;
  countAfter: number;
  countDelta: number;
  /** Sum of self sizes, bytes. */
  sizeBefore: number;
  sizeAfter: number;
  sizeDelta: number;
  /** Objects present after but not before (matched by node id). */
  added: number;
  /** Objects present before but not after. */
  deleted: number;
  /** Sum of retained sizes of the group's objects in the after snapshot (dominator-based). */
  retainedAfter?: number;
  /** Where closures of this group are defined, or where the object's constructor is. */
  location?: SourceLocation;
  /** Three-snapshot mode: objects allocated between baseline and target still alive in final. */
  leaked?: number;
  leakedSize?: number;
}

/** One hop of a retainer path, from a root towards the object. */
export interface RetainerStep {
  /** Node name as DevTools would show it. */
  node: string;
  nodeId: number;
  /** Edge from the previous step into this node: `messageHistory` (context), `.foo`, `[3]`, `table`, … */
  edge?: string;
  edgeType?: string;
}

/** A collection (or dictionary-like object) that grew, named by how the program reaches it. */
export interface LeakSuspect {
  /** Variable/property path from a module scope or the global object: `connectionStats.connectionDurations`. */
  path: string;
  /** What it is: `Array`, `Map`, `Set`, `Object (dictionary)`, `Timeout` (for timers), … */
  holder: string;
  /** Why it is a suspect, one sentence, e.g. `array grew by 500 elements`. */
  reason: string;
  entriesBefore: number;
  entriesAfter: number;
  retainedBefore: number;
  retainedAfter: number;
  /** `(retainedAfter - retainedBefore) / cycles` when the caller said how many cycles ran. */
  retainedPerCycle?: number;
  /**
   * "Freed if cleared", before: bytes that would become unreachable if every instance of the
   * holder were removed (timers: every Timeout and its callback). Equals `retainedBefore` for
   * one instance; for a pool it also counts what the instances keep alive only together (a
   * connection's socket, reached from its timer, the timer's callback and runtime contexts),
   * which the summed per-instance `retained*` figures miss. Absent when it was not measured
   * (holders in runtime code, or beyond the engine's per-snapshot search budget).
   */
  freedBefore?: number;
  /** "Freed if cleared" in the after snapshot (see `freedBefore`). */
  freedAfter?: number;
  /** `(freedAfter - freedBefore) / cycles` when the caller said how many cycles ran. */
  freedPerCycle?: number;
  entriesPerCycle?: number;
  /** Node id of the holder in the after snapshot (for `find_retainers @id`). */
  nodeId: number;
  /** Where the growth comes from: the closure that holds the scope, or the timer callback. */
  location?: SourceLocation;
  /** What the entries mostly are, e.g. `{type, user, content, timestamp}` ×500. */
  entryTypes?: { name: string; count: number }[];
  /** Shortest retainer path, internal hops collapsed, rendered: `module app.ts → messageHistory → Array`. */
  retainerPath: string;
  /** The same path as steps (structured). */
  retainerSteps?: RetainerStep[];
  /** Original source lines that add to the holder: `messageHistory.push(`, `userSessions.set(`. */
  growthSites?: SourceLocation[];
  /** Where the (module-level) variable or the property is declared. */
  declaredAt?: SourceLocation;
  /** Distinct objects reached by `path` (a per-connection `conn.messageBuffer` has one per live scope). */
  instancesBefore?: number;
  instancesAfter?: number;
  /** Where the path starts: `module` scope, a function's `closure` scope, `global` object, or a `timer`. */
  scope?: "module" | "closure" | "global" | "timer";
  /** Timers: variables the callback's scope keeps alive (`conn`). */
  capturedVars?: string[];
  /** Arrays: bytes of the backing store (grows even when small-number elements have no edges). */
  storeBytesBefore?: number;
  storeBytesAfter?: number;
}

/** Totals of a comparison. */
export interface CompareTotals {
  nodesBefore: number;
  nodesAfter: number;
  sizeBefore: number;
  sizeAfter: number;
  sizeDelta: number;
  /** Same, counting only `user` groups. */
  userSizeDelta: number;
  /**
   * Growth of compiled code and its metadata (nodes V8 types `code`, DevTools' "(compiled
   * code)": InstructionStream, Code, BytecodeArray, FeedbackVector, SharedFunctionInfo, …).
   * V8 compiles and tiers up functions as they get hot; that code is bounded by the program's
   * source, so it is not a leak. Included in `sizeDelta`.
   */
  codeSizeDelta: number;
  /** `sizeDelta - codeSizeDelta`: heap growth that is not JIT-compiled code. */
  sizeDeltaExcludingCode: number;
  cycles?: number;
  /** `sizeDelta / cycles`. */
  sizeDeltaPerCycle?: number;
  /** `sizeDeltaExcludingCode / cycles`. */
  sizeDeltaExcludingCodePerCycle?: number;
  /** Three-snapshot mode: objects allocated between baseline and target still alive in final. */
  leakedCount?: number;
  leakedSize?: number;
}

/** The result of comparing two (or three) snapshots. */
export interface CompareReport {
  files: { before: string; after: string; final?: string };
  totals: CompareTotals;
  /** Ranked by growth of what clearing them frees (`freed*`; `retained*` when unmeasured), most important first. */
  suspects: LeakSuspect[];
  /** Ranked by size growth; internal groups only when asked for. */
  groups: GroupDiff[];
  /** Anything the reader should know: missing sidecar, internals hidden, … */
  notes: string[];
  /** Seconds spent, for the curious. */
  timings?: Record<string, number>;
}

/** One object found by `findRetainers`, with why it is alive. */
export interface RetainedObject {
  nodeId: number;
  /** Its group name, as compare/summary print it. */
  name: string;
  selfSize: number;
  retainedSize: number;
  /** Hops from the root along non-weak edges; -1 when only weakly reachable. */
  distance: number;
  /** Nearest variable-based name, `messageHistory[3]`, `conn.messageBuffer`, when the path has one. */
  ownerPath?: string;
  /** Root first; each step carries the edge *into* it. Shortest non-weak path, named edges preferred. */
  path: RetainerStep[];
  /** The path as one line, internal hops collapsed. */
  rendered: string;
  /** Up to 10 objects holding a direct reference to this one. */
  directRetainers: RetainerStep[];
}

/** The result of `findRetainers`: objects of a class (or one `@id`) and their retainer paths. */
export interface RetainersReport {
  file: string;
  /** What was asked for: a class name or `@nodeId`. */
  target: string;
  /** Objects that matched (only the `limit` that retain the most are in `objects`). */
  matched: number;
  objects: RetainedObject[];
  notes: string[];
}

/** One group in a single-snapshot summary. */
export interface SummaryGroup {
  name: string;
  kind: GroupKind;
  count: number;
  /** Sum of self sizes, bytes. */
  size: number;
  /** Retained by the group's objects; an object immediately dominated by another of the group is not counted twice. */
  retained: number;
  location?: SourceLocation;
}

/** A named collection in a single-snapshot summary. */
export interface SummaryHolder {
  path: string;
  holder: string;
  /** Distinct objects reached by this path. */
  instances: number;
  entries: number;
  retained: number;
  /** Bytes freed if every instance were removed (see `LeakSuspect.freedBefore`), when measured. */
  freed?: number;
  nodeId: number;
  location?: SourceLocation;
}

/** The result of `summarizeSnapshotFile`: what one snapshot holds. */
export interface SnapshotSummary {
  file: string;
  nodeCount: number;
  totalSize: number;
  /** Size of `user` groups only. */
  userSize: number;
  /** User groups, largest retained first. */
  groups: SummaryGroup[];
  /** The program's own named collections and timers, largest freed (else retained) first. */
  holders: SummaryHolder[];
  notes: string[];
  timings?: Record<string, number>;
}
