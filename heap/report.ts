/**
 * The findings the engine produces: plain, JSON-serialisable data. The CLI's `--json`
 * output and the MCP tools' `structuredContent` are exactly these shapes; the text
 * formatters render them. Field names here are a public, documented contract. Each shape
 * is a zod schema (the tools declare it as their output schema) and its type is inferred
 * from it, so the two cannot drift apart.
 *
 * @module
 */

import { z } from "zod";

/** How many groups a comparison lists (and at least how many suspects) unless asked. */
export const DEFAULT_COMPARE_TOP = 15;
/** How many groups a one-snapshot summary lists unless asked. */
export const DEFAULT_SUMMARY_TOP = 20;
/** How many objects `findRetainers` explains unless asked. */
export const DEFAULT_RETAINERS_LIMIT = 5;

/** A position in original source, after source-map resolution when a map was available. */
export const SourceLocationSchema = z.object({
  /** `file:///…/app.ts`, a path, or `script #12` when the script URL is unknown. */
  url: z.string(),
  /** 1-based line in the original source. */
  line: z.number(),
  /** 1-based column in the original source. */
  column: z.number(),
  /** `url` without the `file://` prefix plus `:line`, as a human reads it: `scenario-6/app.ts:57`. */
  display: z.string(),
});
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

/** Whether a group is the application's own objects or V8/runtime internals. */
export const GroupKindSchema = z.enum(["user", "internal"]);
export type GroupKind = z.infer<typeof GroupKindSchema>;

/** One class of objects, named the way Chrome DevTools names them, compared across snapshots. */
export const GroupDiffSchema = z.object({
  /** `ChatConnection`, `{type, user, content, timestamp}`, `heartbeat()`, `(anonymous)`, `Array`, `(string)`, `system / Map`, … */
  name: z.string(),
  kind: GroupKindSchema,
  countBefore: z.number(),
  countAfter: z.number(),
  countDelta: z.number(),
  /** Sum of self sizes, bytes. */
  sizeBefore: z.number(),
  sizeAfter: z.number(),
  sizeDelta: z.number(),
  /** Objects present after but not before (matched by node id). */
  added: z.number(),
  /** Objects present before but not after. */
  deleted: z.number(),
  /** Self sizes of the added objects (DevTools' "Alloc. Size"). */
  addedSize: z.number(),
  /** Self sizes of the deleted objects (DevTools' "Freed Size"). */
  deletedSize: z.number(),
  /** Sum of retained sizes of the group's objects in the after snapshot (dominator-based). */
  retainedAfter: z.number().optional(),
  /** Where closures of this group are defined, or where the object's constructor is. */
  location: SourceLocationSchema.optional(),
  /**
   * Scripts compiled at run time (eval, new Function, vm) since the first snapshot, counted by
   * the sources an attached debugger keeps: their code is part of `codeSizeDelta`, and is a
   * leak when what compiled them is kept.
   */
  runtimeScripts: z.number().optional(),
  /**
   * New objects in growing holders that no path from the program reaches (the runtime's own
   * caches and lists), hidden with them unless internals are included: bytes.
   */
  runtimeHeldSize: z.number().optional(),
  /** Three-snapshot mode: objects allocated between baseline and target still alive in final. */
  leaked: z.number().optional(),
  leakedSize: z.number().optional(),
  /** Ranks of the suspects whose accumulated objects include this group's new ones. */
  via: z.array(z.number()).optional(),
  /** Stable key that tells same-named groups apart (a class name defined in two places). */
  key: z.string().optional(),
});
export type GroupDiff = z.infer<typeof GroupDiffSchema>;

/** One hop of a retainer path, from a root towards the object. */
export const RetainerStepSchema = z.object({
  /** Node name as DevTools would show it. */
  node: z.string(),
  nodeId: z.number(),
  /** Edge from the previous step into this node: `messageHistory` (context), `.foo`, `[3]`, `table`, … */
  edge: z.string().optional(),
  edgeType: z.string().optional(),
  /** A Map entry's key, when the step is the value of that entry (`"abort"`, `Request`). */
  key: z.string().optional(),
  /**
   * The step is a WeakMap's value reached from its key (the previous step): the variable or
   * property that holds the WeakMap (`statsByPool`), else `WeakMap`.
   */
  weakMap: z.string().optional(),
});
export type RetainerStep = z.infer<typeof RetainerStepSchema>;

/** The statement in the program's source that adds to a suspect, quoted. */
/**
 * The keys a keyed statement was handed over the line check's cycles, as the debugger shows
 * values: how many, how many of them its collection held just before (a removal's or a
 * lookup's; an add has none), and one it did not hold (else one it did).
 */
export const KeyReadingSchema = z.object({
  handed: z.number(),
  held: z.number().optional(),
  example: z.string().optional(),
});

export const SourceStatementSchema = z.object({
  location: SourceLocationSchema,
  /** The line, trimmed (cut at 160 characters). */
  text: z.string(),
  /** For a removal: the condition or loop it sits under, quoted (`while (bytes > max) {`). */
  within: z.string().optional(),
  /**
   * For a removal in a function called from one place only, under a condition there: that
   * call and its condition (`if (fn(value, path) === drop) {`), which decide when it runs.
   */
  calledUnder: z.object({ location: SourceLocationSchema, within: z.string() }).optional(),
  /** For a removal in a function the program calls by name: those calls (up to three). */
  callers: z.array(SourceLocationSchema).optional(),
  /**
   * How often the line ran over `cycles` more cycles of the workload, counted with a logpoint
   * after the snapshots (`investigate_leak` only); `atLeast` when the count stopped early.
   */
  ran: z.object({
    times: z.number(),
    cycles: z.number(),
    atLeast: z.boolean().optional(),
  }).optional(),
  /**
   * For an add inside a dependency: the program's own line its runs came from over the same
   * cycles (the first frame in the program's code on the stack, awaited through as well:
   * `await cache.wrap(key, …)`), quoted, with how many of the runs it led.
   */
  reachedFrom: z.object({
    location: SourceLocationSchema,
    text: z.string(),
    times: z.number(),
  }).optional(),
  /**
   * The keys a keyed statement was handed over the same cycles, as the debugger shows values:
   * for an add (`map.set(key, v)`, `set.add(x)`, `obj[key] = v`) how many and one of them; for
   * a removal (`map.delete(key)`, `delete obj[key]`) also how many its collection held just
   * before, with one it did not hold (else one it did).
   */
  keys: KeyReadingSchema.optional(),
  /**
   * For a removal from a value the function read by key (`const refs = this.#byHandle.get(h)`
   * above `refs.delete(id)`): that lookup, the collection and key as written, and (line check)
   * the keys it was handed with how many the collection held — a lookup that finds nothing
   * returns before the removal.
   */
  lookup: z.object({
    location: SourceLocationSchema,
    text: z.string(),
    holder: z.string(),
    key: z.string(),
    keys: KeyReadingSchema.optional(),
  }).optional(),
});
export type SourceStatement = z.infer<typeof SourceStatementSchema>;

/** What a suspect's new entries keep alive, per entry. */
export const EntryKeepsSchema = z.object({
  /** The entries' class or shape: `Quote`, `{at, method, path, ip}`, `(anonymous)`, `Timeout`. */
  name: z.string(),
  /** New entries of that class. */
  count: z.number(),
  /** Bytes each entry keeps alive with it (the suspect's new bytes over its new entries). */
  bytesEach: z.number(),
  /** The largest other things among them, per entry: `Quote` ×1, 120 B. */
  keeps: z.array(z.object({ name: z.string(), perEntry: z.number(), bytes: z.number() })),
});
export type EntryKeeps = z.infer<typeof EntryKeepsSchema>;

/**
 * Where objects allocated after the baseline (and still alive at the end) accumulate: an
 * existing array, Map, Set, dictionary, listener list, timer pool, scope or promise that
 * holds more of them than before. Named by the program's own variables.
 */
export const LeakSuspectSchema = z.object({
  /** 1-based rank, by bytes accumulated. */
  rank: z.number(),
  /** What a developer calls it: `app.state.audit.log`, `rates 'update' listeners`, `setInterval timers (conn.heartbeat)`. */
  name: z.string(),
  /** The variable/property path the name comes from (`messageHistory`, `conn.heartbeat`, `latency.observe() → samples`). */
  path: z.string(),
  /** What accumulates in it. */
  kind: z.enum([
    "array",
    "map",
    "set",
    "object",
    "listeners",
    "timers",
    "linked list",
    "promise reactions",
    "queued calls",
    "growing value",
    "collection",
  ]),
  /** The holder's class as DevTools names it (`Array`, `Map`, `EventEmitter`, `Timeout` for timers). */
  holder: z.string(),
  /** Where the name starts: a module variable, the global object, a function's scope, a timer, or only the runtime. */
  scope: z.enum(["module", "global", "closure", "timer", "runtime"]),
  /** One sentence: what grew and by how much. */
  reason: z.string(),
  /**
   * The suspect is this many collections kept under the keys of the one it is named by
   * (`replays[tenant]` per tenant): their figures are summed.
   */
  keys: z.number().optional(),
  /**
   * With `keys`: the new entries counted once each, when the same objects sit in several of
   * those collections (an effect in every dependency Set it read); `added` counts placements.
   */
  distinct: z.number().optional(),
  /**
   * The suspect is one field of this many objects of a class (each `Signal`'s `subscribers`),
   * grown by one statement with entries made at one place: their figures are summed.
   */
  instances: z.number().optional(),
  /** Entries the holder has in each snapshot (timers: active timers with this callback). */
  entriesBefore: z.number(),
  entriesAfter: z.number(),
  entriesFinal: z.number().optional(),
  /** New entries (allocated after the baseline, alive at the end) it holds. */
  added: z.number(),
  addedPerCycle: z.number().optional(),
  /**
   * A level of a tree (a collection a node of its entries' class keeps): `added` counts the
   * tree's new nodes at every level below it, not its own new entries.
   */
  countsNodes: z.boolean().optional(),
  /**
   * (Nearly) every entry it took in the first run was gone by the end, yet it grew in each run: its
   * bound drifts (`added` is its growth over the first run, each entry costed by those it
   * turned over).
   */
  drifts: z.boolean().optional(),
  /**
   * It gained a few entries in each run, each keeping much, however many cycles ran: fed on a
   * clock (a timer's roll-up) rather than per cycle, and never taken out (no `addedPerCycle`).
   */
  onClock: z.boolean().optional(),
  /**
   * Bytes of the new objects this suspect accounts for: its new entries, what they keep
   * alive, and storage V8 reallocated for it. Never counted in another suspect: the
   * suspects' bytes add up to the program's leak.
   */
  bytes: z.number(),
  bytesPerCycle: z.number().optional(),
  /** New objects it accounts for. */
  objects: z.number(),
  /** What each new entry keeps alive. */
  entry: EntryKeepsSchema.optional(),
  /**
   * A few new entries' keys as the program wrote them (property names, a Map's string keys, a
   * registered symbol's description): a key made per request shows it at once.
   */
  sampleKeys: z.array(z.string()).optional(),
  /**
   * One new entry that is an object, as a debugger previews it (`{sku: "LAMP-27", dcs: Array,
   * expiresAt: "17963558964661500"}`): what is kept, and values that tell why.
   */
  sample: z.string().optional(),
  /**
   * Fields every new entry has with the same value, as code writes it (`["cancelled", "true"]`,
   * `["status", "\"retrying\""]`): the state the kept entries were left in.
   */
  sharedValues: z.array(z.tuple([z.string(), z.string()])).optional(),
  /** When not every new entry has them: how many of how many compared do. */
  sharedBy: z.object({ count: z.number(), of: z.number() }).optional(),
  /** Rank of the suspect this one lies inside (its growth comes with that one's, and its figures are part of it). */
  insideOf: z.number().optional(),
  /** The statement that adds to it, quoted. */
  statement: SourceStatementSchema.optional(),
  /**
   * The statement in its function: the function's first line and the lines next to the
   * statement, each with its line number (what a reader opens the file for).
   */
  statementContext: z.array(z.object({ line: z.number(), text: z.string() })).optional(),
  /** The same for the first removal. */
  removalContext: z.array(z.object({ line: z.number(), text: z.string() })).optional(),
  /**
   * Where the program calls the function that statement sits in (a helper such as
   * `channel(kind, id)` around `Symbol.for(…)`): the callers decide what is added.
   */
  callers: z.array(SourceLocationSchema).optional(),
  /**
   * Of the callers, the only one that passes a string every new entry has (`name:
   * "balance-cache.get"`): the kept entries came through it. It is first in `callers`.
   */
  calledWith: z.object({ location: SourceLocationSchema, field: z.string(), value: z.string() })
    .optional(),
  /** Other lines that add to it. */
  growthSites: z.array(SourceLocationSchema).optional(),
  /**
   * Lines that take entries out of it. It grew anyway: they miss the entries that stayed (a
   * condition that never holds, another key, a path that does not run).
   */
  removals: z.array(SourceStatementSchema).optional(),
  /** Where the variable or property is declared. */
  declaredAt: SourceLocationSchema.optional(),
  /**
   * When the holder lives in a package's code (its add and declaration there): where the
   * program declares the object it is kept in (`sessionStore` of `sessionStore.sessions`).
   */
  keptIn: z.object({ name: z.string(), location: SourceLocationSchema }).optional(),
  /** Where the accumulated objects are created: their class, or the function that makes them. */
  createdAt: SourceLocationSchema.optional(),
  /** The best single place to look: the adding statement, else the declaration, else where entries are created. */
  location: SourceLocationSchema.optional(),
  /** Timers: setInterval or setTimeout, the callback and what its scope keeps alive. */
  timer: z.object({
    kind: z.enum(["setInterval", "setTimeout"]),
    callback: SourceLocationSchema.optional(),
    captured: z.array(z.string()),
    /** Where the callback's captured object is made (`conn` at `const conn = {`). */
    made: z.object({ name: z.string(), at: SourceLocationSchema }).optional(),
  }).optional(),
  /** The usual fix for this shape, one sentence. */
  fix: z.string(),
  /** Node id of the holder (of one timer, for a timer pool) in the after snapshot, for `find_retainers @id`. */
  nodeId: z.number(),
  /** Node id of one new entry. */
  entryNodeId: z.number(),
  /** The path from the declared root, as one line: `module app.ts → messageHistory (Array)`. */
  retainerPath: z.string(),
  retainerSteps: z.array(RetainerStepSchema).optional(),
  /** Bytes of the holder's stores (array elements, hash tables), when they changed. */
  storeBytesBefore: z.number().optional(),
  storeBytesAfter: z.number().optional(),
  /**
   * A value replaced by a bigger one each time (`buf = Buffer.concat([buf, chunk])`): the
   * class whose bytes grew with no more objects of it, and its bytes in each snapshot.
   */
  valueBytes: z.object({
    class: z.string(),
    before: z.number(),
    after: z.number(),
    final: z.number().optional(),
  }).optional(),
});
export type LeakSuspect = z.infer<typeof LeakSuspectSchema>;

/** Totals of a comparison. */
export const CompareTotalsSchema = z.object({
  nodesBefore: z.number(),
  nodesAfter: z.number(),
  sizeBefore: z.number(),
  sizeAfter: z.number(),
  sizeDelta: z.number(),
  /** Same, counting only `user` groups. */
  userSizeDelta: z.number(),
  /**
   * Growth of compiled code and its metadata (nodes V8 types `code`, DevTools' "(compiled
   * code)": InstructionStream, Code, BytecodeArray, FeedbackVector, SharedFunctionInfo, …).
   * V8 compiles and tiers up functions as they get hot; that code is bounded by the program's
   * source, so it is not a leak. Included in `sizeDelta`.
   */
  codeSizeDelta: z.number(),
  /** `sizeDelta - codeSizeDelta`: heap growth that is not JIT-compiled code. */
  sizeDeltaExcludingCode: z.number(),
  cycles: z.number().optional(),
  /** `sizeDelta / cycles`. */
  sizeDeltaPerCycle: z.number().optional(),
  /** `sizeDeltaExcludingCode / cycles`. */
  sizeDeltaExcludingCodePerCycle: z.number().optional(),
  /**
   * Scripts compiled at run time (eval, new Function, vm) since the first snapshot, counted by
   * the sources an attached debugger keeps: their code is part of `codeSizeDelta`, and is a
   * leak when what compiled them is kept.
   */
  runtimeScripts: z.number().optional(),
  /**
   * New objects in growing holders that no path from the program reaches (the runtime's own
   * caches and lists), hidden with them unless internals are included: bytes.
   */
  runtimeHeldSize: z.number().optional(),
  /** Three-snapshot mode: objects allocated between baseline and target still alive in final. */
  leakedCount: z.number().optional(),
  leakedSize: z.number().optional(),
  /**
   * The program's leak: the bytes of new objects the suspects account for (their figures do
   * not overlap; suspects inside another are not added again).
   */
  leakBytes: z.number().optional(),
  leakBytesPerCycle: z.number().optional(),
  /** Objects allocated after the baseline and alive at the end, and their bytes (data only, no compiled code). */
  newObjects: z.number().optional(),
  newBytes: z.number().optional(),
  /** The snapshots look like two processes' (ids mean other objects): no suspects are named. */
  differentProcesses: z.boolean().optional(),
});
export type CompareTotals = z.infer<typeof CompareTotalsSchema>;

/** The result of comparing two (or three) snapshots. */
export const CompareReportSchema = z.object({
  files: z.object({ before: z.string(), after: z.string(), final: z.string().optional() }),
  totals: CompareTotalsSchema,
  /** Ranked by the bytes of new objects each accounts for, most first; one inside another follows it. */
  suspects: z.array(LeakSuspectSchema),
  /** Ranked by size growth; internal groups only when asked for. */
  groups: z.array(GroupDiffSchema),
  /** Anything the reader should know: missing sidecar, internals hidden, … */
  notes: z.array(z.string()),
  /** Seconds spent, for the curious. */
  timings: z.record(z.string(), z.number()).optional(),
});
export type CompareReport = z.infer<typeof CompareReportSchema>;

/** One object found by `findRetainers`, with why it is alive. */
export const RetainedObjectSchema = z.object({
  nodeId: z.number(),
  /** Its class, as compare/summary (and DevTools) name it. */
  name: z.string(),
  /** Self, retained size and distance as DevTools shows them for this object. */
  selfSize: z.number(),
  retainedSize: z.number(),
  /** Hops from the global object (from the root when there is none, as in Deno); -1 for DevTools' "−". */
  distance: z.number(),
  /** Nearest variable-based name, `messageHistory[3]`, `conn.messageBuffer`, when the path has one. */
  ownerPath: z.string().optional(),
  /** Root first; each step carries the edge *into* it. Shortest non-weak path, named edges preferred. */
  path: z.array(RetainerStepSchema),
  /** The path as one line, internal hops collapsed. */
  rendered: z.string(),
  /** Up to 10 objects holding a direct reference to this one. */
  directRetainers: z.array(RetainerStepSchema),
});
export type RetainedObject = z.infer<typeof RetainedObjectSchema>;

/** The result of `findRetainers`: objects of a class (or one `@id`) and their retainer paths. */
export const RetainersReportSchema = z.object({
  file: z.string(),
  /** What was asked for: a class name or `@nodeId`. */
  target: z.string(),
  /** Objects that matched (only the `limit` that retain the most are in `objects`). */
  matched: z.number(),
  objects: z.array(RetainedObjectSchema),
  notes: z.array(z.string()),
});
export type RetainersReport = z.infer<typeof RetainersReportSchema>;

/** One group in a single-snapshot summary. */
export const SummaryGroupSchema = z.object({
  name: z.string(),
  kind: GroupKindSchema,
  count: z.number(),
  /** Sum of self sizes, bytes. */
  size: z.number(),
  /** Retained by the class's objects; one below another of the class on its dominator chain is counted once, in that one (as DevTools' Summary). */
  retained: z.number(),
  /** The smallest distance of its objects, as DevTools' Summary shows it; -1 for DevTools' "−" (only the GC roots reach them). */
  distance: z.number().optional(),
  location: SourceLocationSchema.optional(),
});
export type SummaryGroup = z.infer<typeof SummaryGroupSchema>;

/** A named collection in a single-snapshot summary. */
export const SummaryHolderSchema = z.object({
  path: z.string(),
  holder: z.string(),
  /** Distinct objects reached by this path. */
  instances: z.number(),
  entries: z.number(),
  retained: z.number(),
  /** Bytes freed if every instance were removed (see `LeakSuspect.freedBefore`), when measured. */
  freed: z.number().optional(),
  nodeId: z.number(),
  location: SourceLocationSchema.optional(),
});
export type SummaryHolder = z.infer<typeof SummaryHolderSchema>;

/** The result of `summarizeSnapshotFile`: what one snapshot holds. */
export const SnapshotSummarySchema = z.object({
  file: z.string(),
  nodeCount: z.number(),
  totalSize: z.number(),
  /** Size of `user` groups only. */
  userSize: z.number(),
  /** User groups, largest retained first. */
  groups: z.array(SummaryGroupSchema),
  /** The program's own named collections and timers, largest freed (else retained) first. */
  holders: z.array(SummaryHolderSchema),
  notes: z.array(z.string()),
  timings: z.record(z.string(), z.number()).optional(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;
