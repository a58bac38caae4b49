/**
 * Growth the runtime keeps for the program: objects a runtime call makes
 * (`performance.measure()`), a module loaded again under new URLs, a helper's callers.
 *
 * @module
 */

import type { LeakSuspect, SourceLocation, SourceStatement } from "../report.ts";
import { rootTableInfo } from "./root_tables.ts";
import type { GrowthRecord } from "./growth.ts";
import type { SourceResolver } from "./attribution.ts";
import {
  findCallbackRegistration,
  findCallers,
  findCallsOf,
  findChangingCall,
  findConstruction,
  findDynamicImport,
  findFactoryCall,
  findReceiverDeclaration,
  findStaticCall,
} from "./source_lines.ts";
import { SuspectInputs } from "./suspect_candidate.ts";
import { constantArgument } from "./source_delay.ts";
import { enclosingFunction, linesAt } from "./source_text.ts";

/** How many of the classes a runtime-held collection keeps are looked up as made by a call. */
const FACTORY_CLASSES = 4;

/** What {@link runtimeHeld} finds: the suspect's name and the statement behind it. */
export interface RuntimeHeld {
  name: string;
  event?: string;
  method?: string;
  statement?: SourceStatement;
  /** The entries are objects the program makes, not functions. */
  instances?: boolean;
  /** They are made by a runtime call, not by `new`: the call's receiver and method, and the class. */
  factory?: { receiver: string; method: string; cls: string; delayMs?: number };
  /** What they keep is a module of the program loaded again under new URLs (`rules.mjs?t=…`). */
  reloaded?: string;
  /** V8's registry that keeps them (`root_tables.ts`), and the call that fills it. */
  registry?: { name: string; call: string; fix: string };
  /**
   * They are the runtime's timers, each keeping an object of class `cls` that the program got
   * from a static call of it (`AbortSignal.timeout()`): the call arms them.
   */
  armedBy?: { call: string; cls: string; delayMs?: number };
  /**
   * They are objects the program got from a static call (`AbortSignal.timeout()`) and gave
   * listeners to, kept by the runtime while they are registered.
   */
  listenedBy?: { call: string; cls: string; delayMs?: number };
}

/**
 * Growth the runtime holds that is the program's all the same, reached by no path of the
 * program: its new entries are one of the program's functions (a signal listener kept in the
 * runtime's table), named by the call that handed the function over (`'SIGTERM' signal
 * listeners` from `addSignalListener("SIGTERM", onTerm)`), else by the function; or objects of
 * a class the program constructs (each open `BroadcastChannel` in the runtime's list), named
 * by the class and found where the program makes them.
 */
export function runtimeHeld(r: GrowthRecord, inputs: SuspectInputs): RuntimeHeld | undefined {
  const { after, resolver, sources } = inputs;
  if (r.rootTable) {
    const table = rootTableInfo(r.rootTable.key);
    if (table.cls) {
      // Objects the runtime keeps open: where the program makes them.
      return {
        name: table.name,
        statement: handleMadeAt(r, inputs, table.cls),
        instances: true,
      };
    }
    // Only the program's calls fill V8's registries: the call that registers is the add.
    return {
      name: table.name,
      statement: findChangingCall(sources, table.call!),
      registry: { name: table.name, call: table.call!, fix: table.fix! },
    };
  }
  if (r.timer) return isRuntime(r, resolver) ? armedTimers(r, inputs) : undefined;
  if (!isRuntime(r, resolver)) return undefined;
  // The program's own module, compiled again and again under new URLs and kept by the
  // runtime's module loader: what imports it under a changing URL is the leak.
  const reloaded = reloadedModule(r, inputs);
  if (reloaded) {
    const statement = findDynamicImport(sources, reloaded);
    if (statement) return { name: "ESM module cache", statement, reloaded };
  }
  const g = r.entryGroups[0]?.[0];
  const fnName = g === undefined ? "" : after.groups.names[g];
  const loc = g === undefined ? undefined : after.groups.locations[g];
  if (!fnName.endsWith("()")) {
    const made = fnName ? findConstruction(sources, fnName) : undefined;
    // A chain of them hanging from what the runtime keeps is named by its link (`Span.parent`).
    const link = r.chain && r.formerHolder && /^[A-Za-z_$][\w$]*$/.test(r.chainLink ?? "")
      ? r.chainLink
      : undefined;
    if (made) {
      return {
        name: link ? `${fnName}.${link}` : `${fnName} instances`,
        statement: made,
        instances: true,
      };
    }
    // Made by a call named for the class (`performance.measure()` → `PerformanceMeasure`):
    // the runtime's entries for that object. A collection or variable the runtime rebuilds
    // or fills is looked through to the classes it keeps most of.
    const kept = r.regionGroups.slice(0, FACTORY_CLASSES).map(([k]) => after.groups.names[k]);
    // Objects the program got from a static call of a runtime class and gave its listeners
    // to (`const deadline = AbortSignal.timeout(ms)` … `deadline.addEventListener("abort",
    // …)`): Node keeps such a signal while it has listeners, until its timer fires. Named by
    // that call; looked for before a call merely named for the entries' class.
    const listened = listenedObjects(r, inputs);
    if (listened) return listened;
    for (const cls of new Set([fnName, ...kept])) {
      const call = findFactoryCall(sources, cls);
      if (!call) continue;
      // The runtime's timers (`AbortSignal.timeout(ms)` registers one) end when they fire.
      const delayMs = cls === "Timeout"
        ? constantArgument(sources, call.statement, `${call.receiver}.${call.method}`, 0)
        : undefined;
      return {
        name: `${call.receiver} entries`,
        statement: call.statement,
        instances: true,
        factory: {
          receiver: call.receiver,
          method: call.method,
          cls,
          ...(delayMs !== undefined ? { delayMs } : {}),
        },
      };
    }
    return undefined;
  }
  if (!loc || resolver.isRuntime(loc)) return undefined;
  const fn = fnName.slice(0, -2);
  const found = findCallbackRegistration(sources, fn, resolver.resolve(loc).url);
  if (!found?.event) {
    return { name: `${fnName} callbacks kept by the runtime`, statement: found?.statement };
  }
  const what = /signal/i.test(found.method ?? "") ? "signal listeners" : "listeners";
  return {
    name: `'${found.event}' ${what}`,
    event: found.event,
    method: found.method,
    statement: found.statement,
  };
}

/**
 * The runtime's own timers (their callback is its code) that keep an object the program got
 * from a static call of its class: `AbortSignal.timeout(ms)` arms a timer that holds the
 * signal, and all its listeners reach, until it fires. Named by that call.
 */
function armedTimers(r: GrowthRecord, inputs: SuspectInputs): RuntimeHeld | undefined {
  for (const cls of r.timer?.capturedClasses ?? []) {
    const call = findStaticCall(inputs.sources, cls);
    if (!call) continue;
    const armedBy = staticCall(inputs.sources, call.statement, cls, call.method);
    return { name: `${armedBy.call}() timers`, statement: call.statement, armedBy };
  }
  return undefined;
}

/**
 * A runtime collection whose entries keep the program's functions handed to them as listeners,
 * where each listened object came from a static call of a class (`AbortSignal.timeout(ms)`):
 * named by that call (`AbortSignal.timeout() signals`), at it.
 */
function listenedObjects(r: GrowthRecord, inputs: SuspectInputs): RuntimeHeld | undefined {
  const { after, resolver, sources } = inputs;
  for (const [g] of r.regionGroups) {
    const loc = after.groups.locations[g];
    if (!after.groups.keys[g].startsWith("closure ") || !loc || resolver.isRuntime(loc)) continue;
    const made = findReceiverDeclaration(sources, resolver.resolve(loc));
    const call = made && /(?:^|[^\w$.])([A-Z][\w$]*)\s*\.\s*([\w$]+)\s*\(/.exec(made.text);
    if (!made || !call) continue;
    const listenedBy = staticCall(sources, made, call[1], call[2]);
    return {
      name: `${listenedBy.call}() ${pluralOf(call[1])}`,
      statement: made,
      instances: true,
      listenedBy,
    };
  }
  return undefined;
}

/**
 * The static call `cls.method(…)` on a statement, with the delay its first argument gives when
 * constant (`AbortSignal.timeout(JOB_DEADLINE_MS)`): what armed or made the runtime's objects.
 */
function staticCall(
  sources: [string, string][],
  statement: SourceStatement,
  cls: string,
  method: string,
): { call: string; cls: string; delayMs?: number } {
  const call = `${cls}.${method}`;
  const delayMs = constantArgument(sources, statement, call, 0);
  return { call, cls, ...(delayMs !== undefined ? { delayMs } : {}) };
}

/** What developers call many of a class: its last word, plural (`AbortSignal` → `signals`). */
function pluralOf(cls: string): string {
  const word = (/[A-Z][a-z\d]*$/.exec(cls)?.[0] ?? cls).toLowerCase();
  return /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/**
 * Where the program makes the objects of runtime class `cls` that the runtime keeps open:
 * `new cls(`, a call named for it (`fs.watch(` for `FSWatcher`), else the statement that
 * made the object a function of the program they keep was handed to (`port2.onmessage = …`
 * below `const { port1, port2 } = new MessageChannel()`).
 */
function handleMadeAt(
  r: GrowthRecord,
  inputs: SuspectInputs,
  cls: string,
): SourceStatement | undefined {
  const { after, resolver, sources } = inputs;
  const direct = findConstruction(sources, cls) ?? findFactoryCall(sources, cls)?.statement;
  if (direct) return direct;
  for (const [g] of r.regionGroups) {
    const loc = after.groups.locations[g];
    if (!after.groups.keys[g].startsWith("closure ") || !loc || resolver.isRuntime(loc)) continue;
    const made = findReceiverDeclaration(sources, resolver.resolve(loc));
    if (made) return made;
  }
  return undefined;
}

/**
 * The program's calls of the function the adding statement sits in, when it is a helper that
 * others call (a timer's own callback is not).
 */
export function callersOf(
  sources: [string, string][],
  statement: SourceStatement | undefined,
  r: GrowthRecord,
): Pick<LeakSuspect, "callers" | "calledWith"> {
  if (!statement || r.timer) return {};
  // The name the program keeps the holder's object under (`quoteCache` for `quoteCache.data`).
  const owner = r.path?.steps.at(-2)?.edge;
  const receiver = owner && /^[\w$]+$/.test(owner) ? owner : undefined;
  const callers = findCallers(sources, statement.location, 6, receiver);
  if (callers.length) {
    const calledWith = literalCaller(sources, callers, r.sharedValues?.pairs);
    if (!calledWith) return { callers };
    const rest = callers.filter((c) => c !== calledWith.location);
    return { callers: [calledWith.location, ...rest], calledWith };
  }
  // The add's function is a closure the program keeps under another name (`const travelTime =
  // memoize(estimate)` keeps the `memo` closure memoize() returned): called by that name.
  const fn = enclosingFunction(sources, statement.location)?.name;
  const bound = r.path?.steps.findLast((step) =>
    step.node === `${fn}()` && step.edge !== undefined && step.edge !== fn
  );
  const calls = bound ? findCallsOf(sources, bound.edge!) : [];
  return calls.length ? { callers: calls } : {};
}

/**
 * Of several calls of the add's helper, the only one that passes, as written, a string every
 * new entry has (`tracer.startSpan("balance-cache.get", root)` when every kept span is named
 * so): the others hand it other values, so the kept entries came through that one.
 */
export function literalCaller(
  sources: [string, string][],
  callers: SourceLocation[],
  shared: [string, string][] | undefined,
): { location: SourceLocation; field: string; value: string } | undefined {
  if (!shared || callers.length < 2) return undefined;
  for (const [field, value] of shared) {
    if (!value.startsWith('"')) continue;
    const text = JSON.parse(value) as string;
    // A word as short as this is too likely to be in some other call's text.
    if (text.length < MIN_LITERAL) continue;
    const written = [`"${text}"`, `'${text}'`, `\`${text}\``];
    const passing = callers.filter((c) => {
      const line = linesAt(sources, c)?.[c.line - 1] ?? "";
      return written.some((w) => line.includes(w));
    });
    if (passing.length === 1) return { location: passing[0], field, value };
  }
  return undefined;
}

/** Shortest string a caller must pass for {@link literalCaller} to single it out. */
const MIN_LITERAL = 4;

/** Kinds of holder whose entries are stored under keys worth showing (not lists, timers, values). */
export function keyed(kind: LeakSuspect["kind"]): boolean {
  return kind === "map" || kind === "set" || kind === "object" || kind === "collection";
}

/** Distinct URLs of one program script (a query apart) that a reloaded module needs. */
const MIN_RELOADS = 2;

/**
 * The program's script whose code the record keeps under several URLs that differ only in
 * their query (`rules.mjs?t=1`, `rules.mjs?t=2`): a module imported afresh each time.
 */
function reloadedModule(r: GrowthRecord, inputs: SuspectInputs): string | undefined {
  const byBase = new Map<string, Set<string>>();
  for (const [g] of r.regionGroups) {
    const loc = inputs.after.groups.locations[g];
    if (!loc || inputs.resolver.isRuntime(loc)) continue;
    const url = inputs.resolver.resolve(loc).url;
    const q = url.indexOf("?");
    if (q <= 0) continue;
    const base = url.slice(0, q);
    const urls = byBase.get(base) ?? new Set();
    byBase.set(base, urls.add(url));
    if (urls.size >= MIN_RELOADS) return base;
  }
  return undefined;
}

/** Growth no path from the program reaches: the runtime's own (its timers included). */
export function isRuntime(r: GrowthRecord, resolver: SourceResolver): boolean {
  if (r.timer) return !r.timer.callback || resolver.isRuntime(r.timer.callback);
  if (!r.path) return true;
  return r.path.root === "runtime" && r.path.anchor === undefined;
}
