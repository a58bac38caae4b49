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

/** Where a declared path starts. */
export type PathRoot = "module" | "global" | "closure" | "runtime";

/** The program's scopes and global objects, found once per snapshot. */
export interface DeclaredScopes {
  /** Module-level scopes of program scripts (their variables are module variables). */
  modules: number[];
  /** Scopes of program functions. */
  functions: number[];
  /** Global objects (`globalThis`). */
  globals: number[];
  /** Scope → a closure that holds it (names the function and the script). */
  owner: Map<number, number>;
  /** Closures defined in program scripts: only their scopes are entered. */
  programClosure: Uint8Array;
}

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
  rows: Int32Array,
  isRuntimeScript: (scriptId: number) => boolean,
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
  for (let i = 0; i < s.nodeCount; i++) {
    const t = s.nodeType[i];
    if (t === codes.closure) {
      const r = rows[i];
      const program = r >= 0 && !isRuntimeScript(s.locations.scriptId[r]);
      if (program) programClosure[i] = 1;
      for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
        if (s.edgeType[e] !== codes.edgeInternal || s.edgeNameOrIndex[e] !== contextName) continue;
        const ctx = s.edgeTo[e];
        if (kinds[ctx] !== KIND_SCOPE) continue;
        if (program) programScopes.add(ctx);
        const known = owner.get(ctx);
        if (known === undefined || (program && !programClosure[known])) owner.set(ctx, i);
      }
    } else if (str.startsWith(s.nodeName[i], "system / NativeContext")) {
      nativeContexts.push(i);
    }
  }
  const modules: number[] = [];
  const functions: number[] = [];
  for (const ctx of programScopes) {
    let parentName = "";
    for (let e = s.firstEdge[ctx], end = s.firstEdge[ctx + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeInternal && s.edgeNameOrIndex[e] === previousName) {
        parentName = str.get(s.nodeName[s.edgeTo[e]]);
        break;
      }
    }
    const moduleLevel = parentName.startsWith("system / NativeContext") ||
      parentName.startsWith("system / ScriptContext");
    (moduleLevel ? modules : functions).push(ctx);
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
  return { modules, functions, globals, owner, programClosure };
}

/** The string index of `name`, or -1. */
export function findName(s: HeapSnapshot, name: string): number {
  for (let k = 0; k < s.strings.length; k++) if (s.strings.equals(k, name)) return k;
  return -1;
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
  /** Per node: the edge it was reached by. */
  readonly #edge: Uint32Array;
  /** Per node: which pass reached it (0 module/global, 1 function scopes, 2 GC roots). */
  readonly #pass: Uint8Array;
  readonly #thisName: number;
  readonly #contextName: number;

  constructor(
    walker: EntryWalker,
    scopes: DeclaredScopes,
    scratch: { parent?: Uint32Array; edge?: Uint32Array; queue?: Uint32Array } = {},
  ) {
    const s = walker.s;
    this.#s = s;
    this.#codes = walker.codes;
    this.#walker = walker;
    this.#scopes = scopes;
    this.#parent = (scratch.parent ?? new Uint32Array(s.nodeCount)).fill(UNSEEN);
    this.#edge = scratch.edge ?? new Uint32Array(s.nodeCount);
    this.#pass = new Uint8Array(s.nodeCount);
    this.#thisName = findName(s, "this");
    this.#contextName = findName(s, "context");
    const queue = scratch.queue ?? new Uint32Array(s.nodeCount);
    this.#search([...scopes.modules, ...scopes.globals], 0, queue, false);
    this.#search(scopes.functions, 1, queue, false);
    this.#search([0], 2, queue, true);
  }

  /** Breadth-first from `roots` over nodes no earlier pass reached. */
  #search(roots: number[], pass: number, queue: Uint32Array, anyEdge: boolean) {
    const s = this.#s;
    const parent = this.#parent;
    let tail = 0;
    for (const r of roots) {
      if (parent[r] !== UNSEEN) continue;
      parent[r] = r;
      this.#edge[r] = UNSEEN;
      this.#pass[r] = pass;
      queue[tail++] = r;
    }
    for (let head = 0; head < tail; head++) {
      const node = queue[head];
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (parent[t] !== UNSEEN) continue;
        if (!(anyEdge ? this.#anyEdge(e) : this.#follows(node, e))) continue;
        parent[t] = node;
        this.#edge[t] = e;
        this.#pass[t] = pass;
        queue[tail++] = t;
      }
    }
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
      // A scope's variables; not its parent scope (that is not a name the program wrote here).
      if (type !== codes.edgeContext) return false;
      const n = s.edgeNameOrIndex[e];
      return n !== this.#thisName && !s.strings.startsWith(n, ".");
    }
    if (type === codes.edgeInternal && s.edgeNameOrIndex[e] === this.#contextName) {
      // Into a closure's scope only when the closure is the program's.
      return s.nodeType[node] === codes.closure && this.#scopes.programClosure[node] === 1;
    }
    if (s.nodeType[node] === codes.closure && type === codes.edgeInternal) return false;
    return this.#walker.isContentEdge(e);
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
      edges.push(p === n ? -1 : this.#edge[n]);
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
      : this.#scopes.globals.includes(rootNode)
      ? "global"
      : "module";
    return { root, nodes, edges };
  }
}
