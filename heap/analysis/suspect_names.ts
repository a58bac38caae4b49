/**
 * A suspect's name as the program spells it: the path from what the program declared, its private
 * fields and symbols, the runtime structures on the way as developers know them.
 *
 * @module
 */

import type { LeakSuspect, RetainerStep, SourceLocation, SourceStatement } from "../report.ts";
import type { GrowthRecord, NamedPath } from "./growth.ts";
import { namePath, pathText } from "./path_text.ts";
import { enclosingClass, findInstanceVariable } from "./source_text.ts";
import { findFrameLocal, symbolMadeIn } from "./source_lines.ts";
import type { SourceResolver } from "./attribution.ts";
import { assignedTo, truncateAt } from "./suspect_sources.ts";
import { isDependencyUrl, packageOf } from "./script_urls.ts";
import { programImportName } from "./package_entries.ts";
import { isScopeName } from "./node_kinds.ts";

/**
 * `path` with the slot of a suspended function's frame named by the local the program keeps
 * there (`campaigns.get("spring-25").codes → issued` for a generator's `const issued = new
 * Set()`), as a closure's scope variable reads; the path itself when the source does not say.
 */
export function withFrameLocal(
  path: NamedPath | undefined,
  resolver: SourceResolver,
  sources: [string, string][],
): NamedPath | undefined {
  const frame = path?.frame;
  const slot = frame && path.steps[frame.step + 1];
  if (!frame || !slot || resolver.isRuntime(frame.location)) return path;
  const local = findFrameLocal(sources, resolver.resolve(frame.location), slot.node);
  if (!local) return path;
  const steps = [...path.steps];
  steps[frame.step + 1] = { ...slot, edge: local, edgeType: "context" };
  return { ...path, steps };
}

/**
 * A path from a package's module that starts at what its entry file exports (`module.exports`,
 * or the variable it exports as its default): the object the program imports whole, named as
 * the program imports it (`passport._infoTransformers`, not `module.exports._infoTransformers`).
 */
export function withProgramImport(
  path: NamedPath | undefined,
  resolver: SourceResolver,
  sources: [string, string][],
): NamedPath | undefined {
  const at = path?.rootLocation;
  if (!path || (path.root !== "module" && path.root !== "export") || !at) return path;
  const url = resolver.scriptUrl(at.scriptId);
  if (!url || !isDependencyUrl(url) || !resolver.isPackageEntry(url)) return path;
  const edge = (k: number) => path.steps[k]?.edge;
  let step = -1;
  // The binding a CommonJS module is imported through (Deno's `"module.exports"` export).
  if (path.root === "export") step = edge(1) === "module.exports" || edge(1) === "default" ? 1 : -1;
  else if (edge(1) === "module" && edge(2) === "exports") step = 2;
  else if (edge(1) === "exports") step = 1;
  else if (edge(1) !== undefined && exportedWhole(sources, url) === edge(1)) step = 1;
  const pkg = packageOf(url);
  const name = step > 0 && pkg ? programImportName(sources, pkg, isDependencyUrl) : undefined;
  return name && step + 1 < path.steps.length ? { ...path, importedAs: { step, name } } : path;
}

/** The variable a module hands out whole: `export default ejs;`, `module.exports = ejs;`. */
function exportedWhole(sources: [string, string][], url: string): string | undefined {
  const text = sources.find(([u]) => u === url)?.[1];
  const m = text &&
    /^\s*(?:export\s+default\s+|(?:exports\s*=\s*)?module\.exports\s*=\s*)([\w$]+)\s*;?\s*$/m
      .exec(text);
  return m ? m[1] : undefined;
}

/**
 * A path only the runtime's roots reach that passes through a property the program put on a
 * runtime object under a symbol of its own (`process[Symbol.for("deprecation-notice.state")]`,
 * a package's process-wide state): the program's, named from that object (`process[…]`).
 */
export function withProgramSymbol(
  path: NamedPath | undefined,
  sources: [string, string][],
): NamedPath | undefined {
  if (!path || path.root !== "runtime" || path.anchor !== undefined) return path;
  for (let k = 2; k < path.steps.length; k++) {
    const step = path.steps[k];
    const symbol = step.edgeType === "property" ? symbolOf(step.edge) : undefined;
    if (symbol !== undefined && symbolMadeIn(sources, symbol)) return { ...path, anchor: k - 1 };
  }
  return path;
}

/** The path's text and its simple names (for source searches), program part only. */
export function nameOf(
  path: NamedPath | undefined,
  sources: [string, string][],
  generic = false,
): { text: string; owner: string; event?: string; segments: string[]; facade?: boolean } {
  if (!path) return { text: "", owner: "", segments: [] };
  let steps: RetainerStep[] = path.steps;
  let prefix = "";
  let root = path.root;
  if (path.resumes) {
    // Reached through what a suspended function awaits: from that function, as the call
    // that made it (`alerts.subscribe()`), then what its frame holds.
    const { step, fn, receiver } = path.resumes;
    const on = receiver ? nameOf(receiver, sources).text : "";
    prefix = `${on ? `${on}.` : ""}${fn}()`;
    steps = steps.slice(step);
    root = "runtime";
  } else if (path.root === "runtime" && path.anchor !== undefined) {
    // Reached only through a module's export cell: start at the program's object, named by
    // the variable its module stores it in (`metrics`), else by its class.
    const anchor = steps[path.anchor];
    const cls = anchor.node.replace(/\(\)$/, "");
    prefix = findInstanceVariable(sources, cls) ?? cls;
    steps = [anchor, ...steps.slice(path.anchor + 1)];
  } else if (path.importedAs) {
    // What a package's entry exports, as the program imports it (`passport`).
    prefix = path.importedAs.name;
    steps = steps.slice(path.importedAs.step);
    root = "runtime";
  } else if (path.root === "closure" && steps[1]?.edge === "this") {
    // Through the `this` a method's closure captured: the object, named by the variable the
    // program stores it in (`app` for `const app = new App()`), else `this`.
    prefix = findInstanceVariable(sources, steps[1].node) ?? "this";
    steps = steps.slice(1);
    root = "runtime";
  }
  steps = withSourceName(steps, sources);
  let named = namePath(steps, root, generic, privateFieldsOf(sources));
  // An emitter's listeners keep their own naming; other package bookkeeping reads as the
  // property the program uses.
  let facade = false;
  if (!named.listeners) {
    const served = facadeSteps(steps, sources);
    if (served !== steps) {
      steps = served;
      named = namePath(steps, root, generic, privateFieldsOf(sources));
      facade = true;
    }
  }
  const join = (
    t: string,
  ) => (prefix ? (t && t !== steps[0].node ? `${prefix}${dot(t)}` : prefix) : t);
  const text = join(named.text);
  const owner = join(named.owner);
  // An index is not a name (`week[2]` is `week`'s).
  const segments = (named.listeners ? owner : text).split(/\s*→\s*|\.|\(\)|\s+|\[[^\]]*\]/)
    .filter((x) => /^#?[\w$]+$/.test(x));
  return { text, owner, event: named.listeners?.event, segments, ...(facade ? { facade } : {}) };
}

/**
 * The path's first variable as the program's source names it: a variable the compiler made
 * (TypeScript's `_Specification = Specification` alias for a decorated class or its private
 * statics), which no source names, reads as the class or function it holds when a source does.
 */
function withSourceName(steps: RetainerStep[], sources: [string, string][]): RetainerStep[] {
  const first = steps[1];
  const own = first?.node.endsWith("()") ? first.node.slice(0, -2) : undefined;
  if (
    !first || first.edgeType !== "context" || !first.edge || own === undefined ||
    own === first.edge || !/^[\w$]+$/.test(own) || !sources.length
  ) {
    return steps;
  }
  const named = (name: string) => {
    const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`);
    return sources.some(([, text]) => word.test(text));
  };
  if (named(first.edge) || !named(own)) return steps;
  return [steps[0], { ...first, edge: own }, ...steps.slice(2)];
}

/**
 * A path into a package's bookkeeping behind a symbol the program never made
 * (`board[Symbol(mobx administration)].values_.get("trips").value_.data_`), to a value it
 * keeps under the name of a property the program reads (`this.trips`): the program knows it
 * as that property (`board.trips`), which the package serves from there. The steps up to the
 * symbol, then that property; undefined steps are returned as they were.
 */
function facadeSteps(steps: RetainerStep[], sources: [string, string][]): RetainerStep[] {
  const k = steps.findIndex((st, i) => i > 1 && /^<symbol\s+(.+)>$/.test(st.edge ?? ""));
  if (k < 0) return steps;
  // The program's own symbol is a name it wrote: its path stays as it is.
  const own = sources.filter(([url]) => !isDependencyUrl(url));
  if (symbolMadeIn(own, /^<symbol\s+(.+)>$/.exec(steps[k].edge!)![1])) return steps;
  for (let j = k + 1; j < steps.length; j++) {
    const key = /^"([\w$]+)"$/.exec(steps[j].key ?? "")?.[1];
    if (key === undefined) continue;
    // Read on the object itself: `this.trips` in its class, or `board.trips`.
    const holder = steps[k - 1].edge?.replace(/^#/, "");
    const on = holder && /^[\w$]+$/.test(holder) ? `|\\b${holder}` : "";
    const read = new RegExp(`(?:\\bthis${on})\\s*\\.\\s*${key}\\b`);
    if (!own.some(([, text]) => read.test(text))) return steps;
    return [...steps.slice(0, k), {
      node: steps.at(-1)!.node,
      nodeId: steps.at(-1)!.nodeId,
      edge: key,
      edgeType: "property",
    }];
  }
  return steps;
}

const privateFieldCache = new WeakMap<[string, string][], Set<string>>();

/** The private fields (`#items`) the program's sources declare or use. */
export function privateFieldsOf(sources: [string, string][]): Set<string> {
  let names = privateFieldCache.get(sources);
  if (!names) {
    names = new Set();
    for (const [, text] of sources) {
      for (const m of text.matchAll(/#[A-Za-z_$][\w$]*/g)) names.add(m[0]);
    }
    privateFieldCache.set(sources, names);
  }
  return names;
}

/**
 * A nested collection's path as text (`pathText`), from the program's import when it starts
 * at what a package's entry exports (see {@link withProgramImport}).
 */
export function nestedPathText(
  path: NamedPath,
  resolver: SourceResolver,
  sources: [string, string][],
): string {
  const imported = withProgramImport(path, resolver, sources)?.importedAs;
  const privates = privateFieldsOf(sources);
  if (!imported) return pathText(path.steps, path.root, true, privates);
  const steps = path.steps.slice(imported.step);
  const t = pathText(steps, "runtime", true, privates);
  return t && t !== steps[0].node ? `${imported.name}${dot(t)}` : imported.name;
}

/** `.x` for a property path, ` → x` kept as is. */
function dot(t: string): string {
  return t.startsWith(" → ") || t.startsWith("[") || t.startsWith(".") ? t : `.${t}`;
}

/**
 * What a suspect is called and the path behind it. A timer pool is named by where the program
 * stores its timers: the starting statement's own target (`conn.heartbeat = setInterval(…)`),
 * else the declared path up to a timer, else the call (`setTimeout(refresh)`). A growing
 * value is named by its variable, not its holder.
 */
export function suspectName(
  r: GrowthRecord,
  named: ReturnType<typeof nameOf>,
  kind: LeakSuspect["kind"],
  timer: { start?: SourceStatement; callback?: SourceLocation },
  sources: [string, string][],
): { name: string; path: string } {
  if (r.timer) {
    const assigned = timer.start ? assignedTo(timer.start.text, r.timer.kind) : undefined;
    // Stored in a field of each object (`this.#timer = setInterval(…)`): named by the class
    // whose code does it (`Poller.#timer`), as `this` means nothing outside it.
    const cls = assigned?.startsWith("this.")
      ? enclosingClass(sources, timer.start!.location)
      : undefined;
    const alias = cls ? `${cls}${assigned!.slice("this".length)}` : assigned;
    // A pool's timers are stored where a property holds one (`conn.heartbeat`); a variable
    // of a scope holds only its own call's timer (`meters.get(…) → record() → timer`).
    const toTimer = r.path && r.path.root !== "runtime" ? truncateAt(r.path, "Timeout") : undefined;
    const declared = toTimer && toTimer.steps.at(-1)?.edgeType !== "context"
      ? nameOf(toTimer, sources, true).text
      : "";
    const stored = alias ?? declared;
    // An anonymous callback is known by the local its timer is kept in (`const deadline =
    // setTimeout(() => …)`): each call has its own, but the name says which timers these are.
    const local = timer.start && /^\(?anonymous\)?$/.test(r.timer.callbackName)
      ? /^(?:const|let|var)\s+([\w$]+)\s*=/.exec(timer.start.text.trim())?.[1]
      : undefined;
    if (!stored && local) {
      return { path: `${r.timer.kind}(${local})`, name: `${local} timers` };
    }
    const call = `${r.timer.kind}(${r.timer.callbackName})`;
    return {
      path: stored || call,
      name: stored
        ? `${stored} (${r.timer.kind} timers)`
        : `${call} timers${timer.callback ? ` at ${timer.callback.display}` : ""}`,
    };
  }
  if (kind === "growing value" && r.entryKey && named.text) {
    // Each value kept under a key links the one it replaced (that key's chain), or is rebuilt
    // on it: the value under that key.
    const path = `${named.text}.get(${r.entryKey})${r.appendLink ? `.${r.appendLink}` : ""}`;
    return { name: path, path };
  }
  if (kind === "growing value" && r.entryEdge) {
    // A scope's variable reads `store → getState() → state`; then down to what gathers.
    const slot = !named.text
      ? r.entryEdge
      : isScopeName(r.holderName)
      ? `${named.text} → ${r.entryEdge}`
      : `${named.text}${dot(r.entryEdge)}`;
    const path = slot + (r.rebuilt?.via ?? []).map((p) => `.${p}`).join("");
    return { name: path, path };
  }
  return { name: named.text || r.holderName, path: named.text };
}

/** Where a suspect's name starts. */
export function scopeOf(r: GrowthRecord): LeakSuspect["scope"] {
  if (r.timer) return "timer";
  if (!r.path) return "runtime";
  return r.path.root === "runtime" || r.path.root === "export" ? "module" : r.path.root;
}

/**
 * The last hop of a holder's path that names something (hops into a collection's own stores
 * read as nothing: the key is on the hop before them), when a named part of the path lies
 * before it: its index.
 */
function lastNamedHop(r: GrowthRecord): number | undefined {
  if (r.timer || !r.path) return undefined;
  const steps = r.path.steps;
  let k = steps.length - 1;
  while (k > 1 && steps[k].edgeType === "internal" && steps[k].key === undefined) k--;
  if (k < 2 || (r.path.anchor !== undefined && r.path.anchor >= k)) return undefined;
  return k;
}

/** The name of a holder's path up to (not including) hop `k`, if it has one. */
function nameBefore(
  r: GrowthRecord,
  k: number,
  sources: [string, string][],
): { text: string; segments: string[] } | undefined {
  const named = nameOf({ ...r.path!, steps: r.path!.steps.slice(0, k) }, sources);
  return named.text ? { text: named.text, segments: named.segments } : undefined;
}

/**
 * The collection a holder is kept in under a key, when its path's last hop is a key rather
 * than a name the program declares: a Map's key (`.get("POST /signup")`), an index, or a
 * property the program's source never names (`replays.acme`: a dictionary's key). The parent's
 * path text and names; undefined for other holders.
 */
export function keyedParent(
  r: GrowthRecord,
  kind: LeakSuspect["kind"],
  sources: [string, string][],
): { text: string; segments: string[] } | undefined {
  if (kind === "listeners" || kind === "growing value" || kind === "linked list") return undefined;
  const k = lastNamedHop(r);
  if (k === undefined) return undefined;
  const hop = r.path!.steps[k];
  const isKey = hop.edgeType === "element" ||
    (hop.edgeType === "internal" && hop.key !== undefined) ||
    (hop.edgeType === "property" && !(hop.edge ?? "").startsWith("<symbol") &&
      !declaresName(sources, hop.edge ?? ""));
  return isKey ? nameBefore(r, k, sources) : undefined;
}

/**
 * The program's object whose runtime-internal slot (a symbol the program never makes:
 * Deno's `Headers` keeps its list under `Symbol(header list)`) the holder is: the growth is
 * the object's, added to through its methods.
 */
export function runtimeSlotOwner(
  r: GrowthRecord,
  sources: [string, string][],
): { text: string; segments: string[] } | undefined {
  const k = lastNamedHop(r);
  const symbol = k === undefined ? undefined : symbolOf(r.path!.steps[k].edge);
  if (symbol === undefined || symbolMadeIn(sources, symbol)) return undefined;
  return nameBefore(r, k!, sources);
}

/** The description of a symbol-keyed property's label (`<symbol i18n.formatted>`). */
export function symbolOf(label: string | undefined): string | undefined {
  return /^<symbol\s+(.+)>$/.exec(label ?? "")?.[1];
}

/** The leading names of a path that the program's source names itself (`["liveLog"]`). */
export function declaredPrefix(segments: string[], sources: [string, string][]): string[] {
  const k = segments.findIndex((name) => !declaresName(sources, name));
  return k < 0 ? segments : segments.slice(0, k);
}

/** Whether the program's source reads a property of `name` (`console.time(`). */
export function usesName(sources: [string, string][], name: string): boolean {
  if (!/^[\w$]+$/.test(name)) return false;
  const re = new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, "\\$")}\\s*\\??\\.`);
  return sources.some(([, text]) => re.test(text));
}

/** Whether the program's source names `name` as a property or variable (`.name`, `name:`). */
function declaresName(sources: [string, string][], name: string): boolean {
  if (/^#[\w$]+$/.test(name)) return privateFieldsOf(sources).has(name);
  if (!/^[\w$]+$/.test(name)) return false;
  const n = name.replace(/\$/g, "\\$");
  const re = new RegExp(`\\.${n}\\b|(?:^|[^\\w$])${n}\\s*[:=(]|\\b(?:const|let|var)\\s+${n}\\b`);
  return sources.some(([, text]) => re.test(text));
}
