/**
 * Declared paths as a developer writes them, and the runtime's own structures on them named
 * as developers know them. `app.state.audit.log`, `latency.observe() → samples`,
 * `RequestContext.all`, `sessions.get("u1")`; a linked list's run of `.next` hops is one
 * `.next…`. An EventEmitter's `_events.update`, an EventTarget's listener table and Node's
 * listener chain become `rates 'update' listeners`, so the suspect is named by the emitter
 * the program owns rather than hidden as the runtime's code.
 *
 * Pure functions over {@link RetainerStep}s (root first, each with the edge into it).
 *
 * @module
 */

import type { RetainerStep } from "../report.ts";

/** A Map key the snapshot does not record (a number small enough to be no object). */
export const UNKNOWN_KEY = "…";

/** A path's text and what it names, when it ends in a known runtime structure. */
export interface PathName {
  /** `app.state.audit.log`, `rates 'update' listeners`. */
  text: string;
  /** The program's own part, before any runtime structure (`rates`, `shutdown.signal`). */
  owner: string;
  /** Set when the path ends in listeners of an event emitter or target. */
  listeners?: { event: string };
}

/** Whether a property label is a symbol key (`<symbol kEvents>`, `<symbol>`). */
function isSymbol(label: string): boolean {
  return label.startsWith("<symbol");
}

/** `<symbol kEvents>` → `kEvents`; `<symbol>` → `` (a symbol made without one). */
function symbolDescription(label: string): string {
  return /^<symbol\s*(.*)>$/.exec(label)?.[1] ?? "";
}

/** `<symbol kEvents>` → `kEvents`; `<symbol>` → `symbol`. */
function symbolName(label: string): string {
  const m = /^<symbol\s*(.*)>$/.exec(label);
  return m && m[1] ? m[1] : "symbol";
}

/**
 * One hop as text: `.name`, `[3]`, `.get("k")`, `` for stores. `generic`: a path that names
 * a pool by one of its members, so indices and keys read `[…]` and `.get(…)`.
 */
function hopText(
  step: RetainerStep,
  first: boolean,
  generic = false,
  privateFields?: ReadonlySet<string>,
): string {
  const label = step.edge ?? "";
  switch (step.edgeType) {
    case "context":
      return first ? label : ` → ${label}`;
    case "property": {
      // Internal slots (`[[signal]]`) and a runtime class's private fields (`#signal`) are
      // what the program reads as a property of that name (through a getter); the program's
      // own private fields (`privateFields`) keep their `#`.
      const slot = isSymbol(label) ? /^\[\[(.+)\]\]$/.exec(symbolName(label))?.[1] : undefined;
      const name = slot ??
        (label.startsWith("#") && !privateFields?.has(label) ? label.slice(1) : undefined);
      if (name !== undefined) return first ? name : `.${name}`;
      // A symbol key as the program makes it: `[Symbol(i18n.formatted)]`.
      if (isSymbol(label)) return `[Symbol(${symbolDescription(label)})]`;
      // A key that is no identifier (a file path in require.cache) reads as one in brackets.
      if (!/^[\w$#]+$/.test(label)) return `[${JSON.stringify(label)}]`;
      return first ? label : `.${label}`;
    }
    case "element":
      if (generic) return "[…]";
      return label.startsWith("[") ? label : `[${label}]`;
    case "internal":
      if (step.key !== undefined) return generic ? ".get(…)" : `.get(${step.key})`;
      return "";
    default:
      return "";
  }
}

/**
 * The path's text from its first hop (the variable, or the global property), with runs of one
 * repeated property (a linked list's `next`) collapsed. Entering a closure's scope reads
 * `latency → observe() → samples`; a variable that is itself the closure, `memoized → cache`.
 */
export function pathText(
  steps: RetainerStep[],
  root?: string,
  generic = false,
  privateFields?: ReadonlySet<string>,
): string {
  // Node's module cache: a file's entry is that file's `module` (`module.children`).
  const cached = moduleInCache(steps);
  if (cached) {
    const rest = pathText(steps.slice(cached.at), undefined, generic, privateFields);
    return `module${rest.startsWith("[") ? "" : rest ? "." : ""}${rest} (${cached.file})`;
  }
  // A global's own name is how programs write it (`console._times`, not `globalThis.console…`).
  const bareGlobal = root === "global" && steps[1]?.edgeType === "property" &&
    /^[\w$]+$/.test(steps[1].edge ?? "");
  let out = root === "global" && !bareGlobal ? "globalThis" : "";
  let previous = "";
  let repeated = false;
  for (let k = 1; k < steps.length; k++) {
    const step = steps[k];
    const first = out === "";
    if (step.weakMap !== undefined) {
      // A WeakMap's value reached from its key: `statsByPool.get(pool)`; reached through the
      // WeakMap's own table, its key is not on the path: `targetMap.get(…)`.
      const throughTable = steps[k - 2]?.node === "WeakMap" && steps[k - 1]?.edge === "table";
      out = `${step.weakMap}.get(${generic || throughTable ? "…" : out})`;
      previous = "";
      repeated = false;
      continue;
    }
    const intoScope = steps[k + 1]?.edgeType === "internal" && steps[k + 1]?.edge === "context";
    let text = hopText(step, first, generic, privateFields);
    if (intoScope && step.edgeType === "property" && !first) text = ` → ${step.edge}()`;
    // A linked list's run of one property through objects of one class (`.next…`); the same
    // name through another class is another object's field (`keyv._store._store`).
    if (
      step.edgeType === "property" && text === previous && text !== "" &&
      step.node === steps[k - 1].node
    ) {
      if (!repeated) out += "…";
      repeated = true;
      continue;
    }
    repeated = false;
    previous = step.edgeType === "property" ? text : "";
    out += text;
  }
  return out;
}

/**
 * Where a path enters Node's module cache (`require.cache[file]` holding a `Module`): the index
 * of the Module's step (the path from it on reads as that file's `module`), and the file's name.
 */
export function moduleInCache(steps: RetainerStep[]): { at: number; file: string } | undefined {
  for (let k = 2; k < steps.length; k++) {
    const into = steps[k];
    if (into.node !== "Module" || into.edgeType !== "property") continue;
    if (steps[k - 1].edge !== "cache" || !/^require/.test(steps[k - 2].node)) continue;
    const file = (into.edge ?? "").split(/[\\/]/).pop() ?? "";
    return { at: k, file };
  }
  return undefined;
}

/**
 * Names a holder's path, recognising listener structures: Node's and Deno's EventEmitter
 * (`_events.<type>`), Deno's EventTarget (a symbol-keyed record's `listeners.<type>`) and
 * Node's EventTarget (a symbol-keyed Map's entry for the type, then its listener chain).
 */
export function namePath(
  steps: RetainerStep[],
  root?: string,
  generic = false,
  privateFields?: ReadonlySet<string>,
): PathName {
  for (let k = 1; k < steps.length; k++) {
    const step = steps[k];
    const label = step.edge ?? "";
    let event: string | undefined;
    if (step.edgeType === "property" && label === "_events") {
      event = nextPropertyOrKey(steps, k + 1);
    } else if (
      step.edgeType === "property" && label === "listeners" && k > 1 &&
      isSymbol(steps[k - 1].edge ?? "")
    ) {
      event = nextPropertyOrKey(steps, k + 1);
      if (event !== undefined) {
        const owner = pathText(steps.slice(0, k - 1), root, generic, privateFields);
        return { text: `${owner} '${event}' listeners`, owner, listeners: { event } };
      }
    } else if (step.edgeType === "property" && isSymbol(label) && /events/i.test(label)) {
      event = nextPropertyOrKey(steps, k + 1);
    }
    if (event !== undefined) {
      const owner = pathText(steps.slice(0, k), root, generic, privateFields);
      return { text: `${owner} '${event}' listeners`, owner, listeners: { event } };
    }
  }
  const text = pathText(steps, root, generic, privateFields);
  return { text, owner: text };
}

/** The event type named right after a listener table: a property name or a Map key. */
function nextPropertyOrKey(steps: RetainerStep[], from: number): string | undefined {
  for (let k = from; k < Math.min(steps.length, from + 3); k++) {
    const s = steps[k];
    if (s.key === UNKNOWN_KEY) return undefined;
    if (s.key !== undefined) return s.key.replace(/^"|"$/g, "");
    if (s.edgeType === "property" && !isSymbol(s.edge ?? "")) return s.edge;
    if (s.edgeType === "element") return undefined;
  }
  return undefined;
}
