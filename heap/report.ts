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
  /** Ranks of the suspects whose accumulated objects include this group's new ones. */
  via?: number[];
  /** Stable key that tells same-named groups apart (a class name defined in two places). */
  key?: string;
}

/** One hop of a retainer path, from a root towards the object. */
export interface RetainerStep {
  /** Node name as DevTools would show it. */
  node: string;
  nodeId: number;
  /** Edge from the previous step into this node: `messageHistory` (context), `.foo`, `[3]`, `table`, … */
  edge?: string;
  edgeType?: string;
  /** A Map entry's key, when the step is the value of that entry (`"abort"`, `Request`). */
  key?: string;
}

/** The statement in the program's source that adds to a suspect, quoted. */
export interface SourceStatement {
  location: SourceLocation;
  /** The line, trimmed (cut at 160 characters). */
  text: string;
}

/** What a suspect's new entries keep alive, per entry. */
export interface EntryKeeps {
  /** The entries' class or shape: `Quote`, `{at, method, path, ip}`, `(anonymous)`, `Timeout`. */
  name: string;
  /** New entries of that class. */
  count: number;
  /** Bytes each entry keeps alive with it (the suspect's new bytes over its new entries). */
  bytesEach: number;
  /** The largest other things among them, per entry: `Quote` ×1, 120 B. */
  keeps: { name: string; perEntry: number; bytes: number }[];
}

/**
 * Where objects allocated after the baseline (and still alive at the end) accumulate: an
 * existing array, Map, Set, dictionary, listener list, timer pool, scope or promise that
 * holds more of them than before. Named by the program's own variables.
 */
export interface LeakSuspect {
  /** 1-based rank, by bytes accumulated. */
  rank: number;
  /** What a developer calls it: `app.state.audit.log`, `rates 'update' listeners`, `setInterval timers (conn.heartbeat)`. */
  name: string;
  /** The variable/property path the name comes from (`messageHistory`, `conn.heartbeat`, `latency.observe() → samples`). */
  path: string;
  /** What accumulates in it. */
  kind:
    | "array"
    | "map"
    | "set"
    | "object"
    | "listeners"
    | "timers"
    | "linked list"
    | "promise reactions"
    | "growing value"
    | "collection";
  /** The holder's class as DevTools names it (`Array`, `Map`, `EventEmitter`, `Timeout` for timers). */
  holder: string;
  /** Where the name starts: a module variable, the global object, a function's scope, a timer, or only the runtime. */
  scope: "module" | "global" | "closure" | "timer" | "runtime";
  /** One sentence: what grew and by how much. */
  reason: string;
  /** Entries the holder has in each snapshot (timers: active timers with this callback). */
  entriesBefore: number;
  entriesAfter: number;
  entriesFinal?: number;
  /** New entries (allocated after the baseline, alive at the end) it holds. */
  added: number;
  addedPerCycle?: number;
  /**
   * Bytes of the new objects this suspect accounts for: its new entries, what they keep
   * alive, and storage V8 reallocated for it. Never counted in another suspect: the
   * suspects' bytes add up to the program's leak.
   */
  bytes: number;
  bytesPerCycle?: number;
  /** New objects it accounts for. */
  objects: number;
  /** What each new entry keeps alive. */
  entry?: EntryKeeps;
  /** Rank of the suspect this one lies inside (its growth comes with that one's, and its figures are part of it). */
  insideOf?: number;
  /** The statement that adds to it, quoted. */
  statement?: SourceStatement;
  /** Other lines that add to it. */
  growthSites?: SourceLocation[];
  /** Where the variable or property is declared. */
  declaredAt?: SourceLocation;
  /** Where the accumulated objects are created: their class, or the function that makes them. */
  createdAt?: SourceLocation;
  /** The best single place to look: the adding statement, else the declaration, else where entries are created. */
  location?: SourceLocation;
  /** Timers: setInterval or setTimeout, the callback and what its scope keeps alive. */
  timer?: { kind: "setInterval" | "setTimeout"; callback?: SourceLocation; captured: string[] };
  /** The usual fix for this shape, one sentence. */
  fix: string;
  /** Node id of the holder (of one timer, for a timer pool) in the after snapshot, for `find_retainers @id`. */
  nodeId: number;
  /** Node id of one new entry. */
  entryNodeId: number;
  /** The path from the declared root, as one line: `module app.ts → messageHistory (Array)`. */
  retainerPath: string;
  retainerSteps?: RetainerStep[];
  /** Bytes of the holder's stores (array elements, hash tables), when they changed. */
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
  /**
   * The program's leak: the bytes of new objects the suspects account for (their figures do
   * not overlap; suspects inside another are not added again).
   */
  leakBytes?: number;
  leakBytesPerCycle?: number;
  /** Objects allocated after the baseline and alive at the end, and their bytes (data only, no compiled code). */
  newObjects?: number;
  newBytes?: number;
}

/** The result of comparing two (or three) snapshots. */
export interface CompareReport {
  files: { before: string; after: string; final?: string };
  totals: CompareTotals;
  /** Ranked by the bytes of new objects each accounts for, most first; one inside another follows it. */
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
