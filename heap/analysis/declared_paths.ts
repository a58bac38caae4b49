/**
 * Names for objects, from the shortest path that starts at something the program declared:
 * a module's variables and the global object's properties first, then the variables of a
 * function's scope (`conn` inside a connection handler), and only when neither reaches the
 * object, any path from the GC roots. Paths go down properties, elements, Map and Set
 * entries, and into the scopes of the program's own closures (`latency.observe() → samples`);
 * they never enter the runtime's own scopes, so a program's timer is named by the program's
 * variable, not by the runtime's timer list.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { KIND_SCOPE, KIND_SKIP } from "./node_kinds.ts";
import type { EntryWalker } from "./entries.ts";
import { findName } from "./names.ts";
import type { LocationRows } from "../graph/location_rows.ts";

/** Where a declared path starts: a module variable, a module's export, a global, a function's scope, or only the runtime. */
export type PathRoot = "module" | "export" | "global" | "closure" | "runtime";

/** The program's scopes and global objects, found once per snapshot. */
export interface DeclaredScopes {
  /**
   * Module-level scopes of program scripts (their variables are module variables), the
   * program's own before its dependencies'.
   */
  modules: number[];
  /** How many of `modules`, at the end, are its dependencies'. */
  dependencyModules: number;
  /** Scopes of program functions. */
  functions: number[];
  /** Global objects (`globalThis`). */
  globals: number[];
  /** Scope → a closure that holds it (names the function and the script). */
  owner: Map<number, number>;
  /**
   * Per closure: {@link PROGRAM_CLOSURE} when defined in a program script, {@link V8_CLOSURE}
   * when V8 made it with no script (a promise's resolve function, an await's continuation);
   * only their scopes are entered.
   */
  programClosure: Uint8Array;
  /**
   * The program modules' exported bindings: the cell holding each, by export name; those the
   * program imports (its own modules', its packages' entry files') first.
   */
  exports: Map<number, string>;
  /** Per exported binding's cell: the function of the module that exports it (where it is). */
  exportedBy: Map<number, number>;
  /** The runtime's getters of global properties that each return one captured variable. */
  valueGetters: Set<number>;
}

/** A closure defined in a program script. */
export const PROGRAM_CLOSURE = 1;
/**
 * A closure V8 made itself, with no script: a promise's resolve and reject functions, an
 * await's continuation, `Promise.all`'s element functions. Its scope holds what the pending
 * work continues with (the promise to settle, the suspended generator or async function), so
 * a path may go through it to what the program is waiting on.
 */
export const V8_CLOSURE = 2;

/** A path from a declared root: nodes root first, and the edge into each (-1 for the root). */
export interface DeclaredPath {
  root: PathRoot;
  nodes: number[];
  edges: number[];
}

/**
 * Finds the program's scopes: a scope is the program's when a closure defined in a program
 * script holds it; it is module-level when its parent is the native or script context.
 */
export function declaredScopes(
  s: HeapSnapshot,
  codes: TypeCodes,
  kinds: Uint8Array,
  rows: LocationRows,
  isRuntimeScript: (scriptId: number) => boolean,
  isDependencyScript: (scriptId: number) => boolean = () => false,
  isEntryScript: (scriptId: number) => boolean = () => false,
): DeclaredScopes {
  const str = s.strings;
  const contextName = findName(s, "context");
  const previousName = findName(s, "previous");
  const globalName = findName(s, "global_object");
  const extensionName = findName(s, "extension");
  const programClosure = new Uint8Array(s.nodeCount);
  const owner = new Map<number, number>();
  const programScopes = new Set<number>();
  const nativeContexts: number[] = [];
  const modules: number[] = [];
  // Names of the program's functions by the scope they are defined in, each as
  // `name@scriptId` (see the module-level test below).
  const functionsIn = new Map<number, Set<string>>();
  const scriptOf = (closure: number | undefined) => {
    const r = closure === undefined ? -1 : rows.of(closure);
    return r >= 0 ? s.locations.scriptId[r] : -1;
  };
  // Per name string: 1 = a native context, 2 = a module record, 3 = neither (0 = not yet).
  const nameKind = new Uint8Array(s.strings.length);
  const kindOfName = (k: number) =>
    nameKind[k] ||= str.startsWith(k, "system / NativeContext")
      ? 1
      : str.equals(k, "system / SourceTextModule")
      ? 2
      : 3;
  const runtimeScript = new Map<number, boolean>();
  const isRuntime = (id: number) => {
    let r = runtimeScript.get(id);
    if (r === undefined) runtimeScript.set(id, r = isRuntimeScript(id));
    return r;
  };
  for (let i = 0; i < s.nodeCount; i++) {
    const t = s.nodeType[i];
    if (t === codes.closure) {
      const r = rows.of(i);
      const program = r >= 0 && !isRuntime(s.locations.scriptId[r]);
      if (program) programClosure[i] = PROGRAM_CLOSURE;
      else if (r < 0) programClosure[i] = V8_CLOSURE;
      for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
        if (s.edgeType[e] !== codes.edgeInternal || s.edgeNameOrIndex[e] !== contextName) continue;
        const ctx = s.edgeTo[e];
        if (program && s.nodeName[i] !== 0) {
          let names = functionsIn.get(ctx);
          if (!names) functionsIn.set(ctx, names = new Set());
          names.add(`${s.nodeName[i]}@${s.locations.scriptId[r]}`);
        }
        if (kinds[ctx] !== KIND_SCOPE) continue;
        if (program) programScopes.add(ctx);
        const known = owner.get(ctx);
        if (known === undefined || (program && programClosure[known] !== PROGRAM_CLOSURE)) {
          owner.set(ctx, i);
        }
      }
    } else {
      const k = kindOfName(s.nodeName[i]);
      if (k === 1) nativeContexts.push(i);
      else if (k === 2) modules.push(i);
    }
  }
  const found = moduleExports(s, codes, modules, programClosure);
  const { exportedBy } = found;
  // What the program imports first: its own modules' exports and its packages' entry files'
  // (`ejs`'s, not the `utils` module ejs shares its cache with).
  const imported = (cell: number) => {
    const script = scriptOf(exportedBy.get(cell));
    return script >= 0 && (!isDependencyScript(script) || isEntryScript(script)) ? 0 : 1;
  };
  const exports = new Map(
    [...found.exports].map((x) => [imported(x[0]), x] as const).sort((a, b) => a[0] - b[0])
      .map(([, x]) => x),
  );
  const moduleScopes: number[] = [];
  const functions: number[] = [];
  const scopeInfoName = findName(s, "scope_info");
  const scopeTypeName = findName(s, "scope_type_name");
  for (const ctx of programScopes) {
    let parent = -1;
    let scopeInfo = -1;
    // An ES module's scope names its module record (`extension`): module-level, whatever else.
    let esModule = false;
    for (let e = s.firstEdge[ctx], end = s.firstEdge[ctx + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeInternal) continue;
      if (s.edgeNameOrIndex[e] === previousName) parent = s.edgeTo[e];
      else if (s.edgeNameOrIndex[e] === scopeInfoName) scopeInfo = s.edgeTo[e];
      else if (
        s.edgeNameOrIndex[e] === extensionName && kindOfName(s.nodeName[s.edgeTo[e]]) === 2
      ) {
        esModule = true;
      }
    }
    const parentName = parent >= 0 ? str.get(s.nodeName[parent]) : "";
    let moduleLevel = parentName.startsWith("system / NativeContext") ||
      parentName.startsWith("system / ScriptContext");
    if (esModule) moduleLevel = true;
    else if (scopeInfo >= 0) {
      // Recent V8 names the scope's type; older V8 lists a function scope's function name
      // among its names, and that function is defined in the parent scope.
      let typeName = "";
      const names = new Set<number>();
      for (let e = s.firstEdge[scopeInfo], end = s.firstEdge[scopeInfo + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (s.edgeNameOrIndex[e] === scopeTypeName && s.edgeType[e] === codes.edgeInternal) {
          typeName = str.get(s.nodeName[t]);
        } else if (s.edgeType[e] === codes.edgeHidden) names.add(s.nodeName[t]);
      }
      if (typeName) moduleLevel = typeName === "MODULE_SCOPE" || typeName === "SCRIPT_SCOPE";
      else if (moduleLevel) {
        // Of the same script as the scope's own functions: a CommonJS module whose wrapper
        // captures nothing puts its functions straight in the native context (a vendored
        // `retry`), beside another module's scope that names its own `retry`.
        const siblings = functionsIn.get(parent);
        const script = scriptOf(owner.get(ctx));
        if (siblings && [...names].some((n) => siblings.has(`${n}@${script}`))) {
          moduleLevel = false;
        }
      }
    }
    (moduleLevel ? moduleScopes : functions).push(ctx);
  }
  const globals: number[] = [];
  for (const nc of nativeContexts) {
    // Deno names the edge `global_object`; Node 20 reaches the global through `extension`.
    let global = -1;
    for (let e = s.firstEdge[nc], end = s.firstEdge[nc + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeInternal) continue;
      const n = s.edgeNameOrIndex[e];
      if (n === globalName) global = s.edgeTo[e];
      else if (n === extensionName && global < 0) global = s.edgeTo[e];
    }
    if (global >= 0 && s.nodeType[global] === codes.object) globals.push(global);
  }
  const valueGetters = globalValueGetters(s, codes, globals, programClosure);
  // The program's own module scopes before its dependencies': a path search reaches an object
  // both hold (`consoleTap` in the app, `installed` in the package) first from the program's,
  // whatever order the snapshot lists them in.
  const dependency = (ctx: number) => {
    const closure = owner.get(ctx);
    const row = closure === undefined ? -1 : rows.of(closure);
    return row >= 0 && isDependencyScript(s.locations.scriptId[row]) ? 1 : 0;
  };
  const ranked = moduleScopes.map((ctx) => [dependency(ctx), ctx]).sort((a, b) => a[0] - b[0]);
  return {
    modules: ranked.map(([, ctx]) => ctx),
    dependencyModules: ranked.filter(([d]) => d === 1).length,
    functions,
    globals,
    owner,
    programClosure,
    exports,
    exportedBy,
    valueGetters,
  };
}

/**
 * Global properties the runtime defines with a getter over one captured variable (Node's
 * `process`: `get() { return _process }`, so a program can replace it): the object is the
 * program's `process` as much as a plain property's value would be. A getter that builds its
 * value on first use, or reads a scope of many bindings, returns nothing a snapshot can tell.
 */
function globalValueGetters(
  s: HeapSnapshot,
  codes: TypeCodes,
  globals: number[],
  programClosure: Uint8Array,
): Set<number> {
  const out = new Set<number>();
  const contextName = findName(s, "context");
  for (const global of globals) {
    for (let e = s.firstEdge[global], end = s.firstEdge[global + 1]; e < end; e++) {
      const getter = s.edgeTo[e];
      if (
        s.edgeType[e] !== codes.edgeProperty || s.nodeType[getter] !== codes.closure ||
        programClosure[getter] === PROGRAM_CLOSURE ||
        !s.strings.startsWith(s.edgeNameOrIndex[e], "get ")
      ) continue;
      for (let f = s.firstEdge[getter], fend = s.firstEdge[getter + 1]; f < fend; f++) {
        if (s.edgeType[f] !== codes.edgeInternal || s.edgeNameOrIndex[f] !== contextName) continue;
        const scope = s.edgeTo[f];
        let variables = 0;
        for (let g = s.firstEdge[scope], gend = s.firstEdge[scope + 1]; g < gend; g++) {
          if (s.edgeType[g] === codes.edgeContext) variables++;
        }
        if (variables === 1) out.add(getter);
      }
    }
  }
  return out;
}

/**
 * Exported bindings of the program's ES modules. A module record keeps its exports in a hash
 * table of name → cell; a binding no closure captures lives only there. The module's code is
 * reached through the record (its generator object's function, or the function itself): a
 * program closure makes it the program's module.
 */
function moduleExports(
  s: HeapSnapshot,
  codes: TypeCodes,
  modules: number[],
  programClosure: Uint8Array,
): { exports: Map<number, string>; exportedBy: Map<number, number> } {
  const out = new Map<number, string>();
  const exportedBy = new Map<number, number>();
  const functionName = findName(s, "function");
  const cellName = findName(s, "system / Cell");
  const isString = (n: number) =>
    s.nodeType[n] === codes.string || s.nodeType[n] === codes.concatString;
  for (const m of modules) {
    let program = -1; // the module's function, when the program's
    const tables: number[] = [];
    for (let e = s.firstEdge[m], end = s.firstEdge[m + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeWeak) continue;
      const t = s.edgeTo[e];
      if (s.nodeType[t] === codes.closure && programClosure[t] === PROGRAM_CLOSURE) program = t;
      else if (s.nodeType[t] === codes.array) tables.push(t);
      else if (s.nodeType[t] === codes.object) {
        for (let f = s.firstEdge[t], fend = s.firstEdge[t + 1]; f < fend; f++) {
          const fn = s.edgeTo[f];
          if (s.edgeNameOrIndex[f] === functionName && programClosure[fn] === PROGRAM_CLOSURE) {
            program = fn;
          }
        }
      }
    }
    if (program < 0) continue;
    for (const table of tables) {
      // Slots in order: a name (string) followed by its cell.
      let previous = -1;
      for (let e = s.firstEdge[table], end = s.firstEdge[table + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (s.nodeName[t] === cellName && previous >= 0 && isString(previous)) {
          out.set(t, s.strings.get(s.nodeName[previous]));
          exportedBy.set(t, program);
        }
        previous = t;
      }
    }
  }
  return { exports: out, exportedBy };
}

/** Marks a node not reached by any pass. */
const UNSEEN = 0xffffffff;

/**
 * Shortest declared paths to every node, by breadth-first passes over the snapshot (module
 * variables and globals, then function scopes, then the GC roots). Holds two node-long
 * arrays; `pathTo` reads them.
 */
export class DeclaredPaths {
  readonly #s: HeapSnapshot;
  readonly #codes: TypeCodes;
  readonly #walker: EntryWalker;
  readonly #scopes: DeclaredScopes;
  /** Per node: the node it was reached from (itself for a root), or UNSEEN. */
  readonly #parent: Uint32Array;
  /** Per node: which pass reached it (0 module/global, 1 function scopes, 2 GC roots). */
  readonly #pass: Uint8Array;
  readonly #contextName: number;
  readonly #extensionName: number;
  /** A dictionary-mode object's `properties` edge and its store's name (see `#dictionaryOrder`). */
  readonly #propertiesName: number;
  readonly #dictionaryStoreName: number;

  constructor(
    walker: EntryWalker,
    scopes: DeclaredScopes,
    scratch: {
      parent?: Uint32Array;
      queue?: Uint32Array;
      /** The nodes paths are wanted for: the searches stop once all are reached. */
      targets?: number[];
    } = {},
  ) {
    const s = walker.s;
    this.#s = s;
    this.#codes = walker.codes;
    this.#walker = walker;
    this.#scopes = scopes;
    this.#parent = (scratch.parent ?? new Uint32Array(s.nodeCount)).fill(UNSEEN);
    this.#pass = new Uint8Array(s.nodeCount);
    this.#contextName = findName(s, "context");
    this.#extensionName = findName(s, "extension");
    this.#propertiesName = findName(s, "properties");
    this.#dictionaryStoreName = findName(s, "(object properties)");
    const queue = scratch.queue ?? new Uint32Array(s.nodeCount);
    const wanted = scratch.targets ? new Set(scratch.targets) : undefined;
    // What modules export before a dependency's own variables: the program reaches a package
    // through what it imports (`ejs.cache`, not ejs's internal `utils.cache`), and `exports`
    // lists that first.
    const own = scopes.modules.length - scopes.dependencyModules;
    const passes: [number[], boolean][] = [
      [[
        ...scopes.modules.slice(0, own),
        ...scopes.exports.keys(),
        ...scopes.modules.slice(own),
        ...scopes.globals,
      ], false],
      [scopes.functions, false],
      [[0], true],
    ];
    for (const [pass, [roots, anyEdge]] of passes.entries()) {
      if (wanted?.size === 0) break;
      this.#search(roots, pass, queue, anyEdge, wanted);
    }
  }

  /**
   * Breadth-first from `roots` over nodes no earlier pass reached. Breadth-first reaches each
   * node first by a shortest path, so once every wanted node is reached the rest can wait.
   */
  #search(
    roots: number[],
    pass: number,
    queue: Uint32Array,
    anyEdge: boolean,
    wanted: Set<number> | undefined,
  ) {
    const s = this.#s;
    const parent = this.#parent;
    let tail = 0;
    for (const r of roots) {
      if (parent[r] !== UNSEEN) continue;
      parent[r] = r;
      this.#pass[r] = pass;
      queue[tail++] = r;
      wanted?.delete(r);
    }
    for (let head = 0; head < tail; head++) {
      if (wanted?.size === 0) return;
      const node = queue[head];
      const sorted = this.#dictionaryOrder(node);
      const count = sorted ? sorted.length : s.firstEdge[node + 1] - s.firstEdge[node];
      for (let k = 0; k < count; k++) {
        const e = sorted ? sorted[k] : s.firstEdge[node] + k;
        const t = s.edgeTo[e];
        if (parent[t] !== UNSEEN) continue;
        if (!(anyEdge ? this.#anyEdge(e) : this.#follows(node, e))) continue;
        parent[t] = node;
        this.#pass[t] = pass;
        queue[tail++] = t;
        wanted?.delete(t);
      }
    }
  }

  /**
   * A dictionary-mode object's edges with its properties by name; undefined for any other node
   * (its edges are taken as the snapshot lists them). V8 lists such an object's properties in
   * its hash table's order, whose seed differs from process to process: by name, two objects
   * reached at one depth through it are met in the same order in every run.
   */
  #dictionaryOrder(node: number): number[] | undefined {
    const s = this.#s;
    if (s.nodeType[node] !== this.#codes.object || this.#dictionaryStoreName < 0) return undefined;
    const first = s.firstEdge[node];
    const end = s.firstEdge[node + 1];
    let dictionary = false;
    for (let e = first; e < end && !dictionary; e++) {
      dictionary = s.edgeType[e] === this.#codes.edgeInternal &&
        s.edgeNameOrIndex[e] === this.#propertiesName &&
        s.nodeName[s.edgeTo[e]] === this.#dictionaryStoreName;
    }
    if (!dictionary) return undefined;
    const property = this.#codes.edgeProperty;
    const key = (e: number) =>
      s.edgeType[e] === property ? s.strings.get(s.edgeNameOrIndex[e]) : "";
    return Array.from({ length: end - first }, (_, k) => first + k).sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
  }

  /** The GC-roots pass: any edge that retains. */
  #anyEdge(e: number): boolean {
    const t = this.#s.edgeType[e];
    return t !== this.#codes.edgeWeak && t !== this.#codes.edgeShortcut;
  }

  /** Whether a declared path may go from `node` along edge `e`. */
  #follows(node: number, e: number): boolean {
    const s = this.#s;
    const codes = this.#codes;
    const kinds = this.#walker.kinds;
    const t = s.edgeTo[e];
    if (kinds[t] === KIND_SKIP) return false;
    const type = s.edgeType[e];
    if (kinds[node] === KIND_SCOPE) {
      const owner = this.#scopes.owner.get(node);
      if (owner !== undefined && this.#scopes.programClosure[owner] === V8_CLOSURE) {
        // V8's own scope of a pending promise's functions: its slots (the promise, what it
        // settles) and, for an await, the suspended function (`extension`).
        return type === codes.edgeHidden || type === codes.edgeContext ||
          (type === codes.edgeInternal && s.edgeNameOrIndex[e] === this.#extensionName);
      }
      // A scope's variables, and the `this` its closures captured (a class field's arrow:
      // `handle = (req) => this.#pool…`, passed to the runtime); not its parent scope (that is
      // not a name the program wrote here).
      if (type !== codes.edgeContext) return false;
      return !s.strings.startsWith(s.edgeNameOrIndex[e], ".");
    }
    if (type === codes.edgeInternal && s.edgeNameOrIndex[e] === this.#contextName) {
      // Into a closure's scope only when the closure is the program's or V8's own, or a
      // global's getter over one variable (the value the program reads).
      return s.nodeType[node] === codes.closure &&
        (this.#scopes.programClosure[node] !== 0 || this.#scopes.valueGetters.has(node));
    }
    if (s.nodeType[node] === codes.closure && type === codes.edgeInternal) return false;
    return this.#walker.isContentEdge(e);
  }

  /** The edge the search took from `from` to `to` (the first one it may follow). */
  #edgeInto(from: number, to: number): number {
    const s = this.#s;
    const anyEdge = this.#pass[to] === 2;
    let fallback = -1;
    for (let e = s.firstEdge[from], end = s.firstEdge[from + 1]; e < end; e++) {
      if (s.edgeTo[e] !== to) continue;
      if (anyEdge ? this.#anyEdge(e) : this.#follows(from, e)) return e;
      if (fallback < 0) fallback = e;
    }
    return fallback;
  }

  /** The shortest declared path to `node`, root first; undefined when nothing reaches it. */
  pathTo(node: number): DeclaredPath | undefined {
    if (this.#parent[node] === UNSEEN) return undefined;
    const nodes: number[] = [];
    const edges: number[] = [];
    let n = node;
    for (let guard = 0; guard < 10_000; guard++) {
      nodes.push(n);
      const p = this.#parent[n];
      edges.push(p === n ? -1 : this.#edgeInto(p, n));
      if (p === n) break;
      n = p;
    }
    nodes.reverse();
    edges.reverse();
    const rootNode = nodes[0];
    const pass = this.#pass[node];
    const root: PathRoot = pass === 2
      ? "runtime"
      : pass === 1
      ? "closure"
      : this.#scopes.exports.has(rootNode)
      ? "export"
      : this.#scopes.globals.includes(rootNode)
      ? "global"
      : "module";
    return { root, nodes, edges };
  }
}
