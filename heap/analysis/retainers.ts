/**
 * `find_retainers`: why is this object alive? For the objects of a class (or one `@id`), the
 * chain of retainers back to a GC root along the shortest non-weak path, plus the nearest
 * *named* owner (`messageHistory[12]`, `conn.messageBuffer`), which is often the real owner
 * when the shortest path runs through runtime machinery such as the timers list.
 *
 * What a reader sees stays the program's: weak edges never count as holders; a run of the
 * runtime's own objects on the path reads as words (`[runtime active timer list]`); an
 * emitter's `._events.update` reads `'update' listeners`; and a scope is named by its function
 * with its own node id (V8 names every scope of one function alike).
 *
 * @module
 */

import type { RetainersReport, RetainerStep } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import { buildRetainers, edgeLabel, type TypeCodes, typeCodes } from "../graph/model.ts";
import { computeDominators } from "../graph/dominators.ts";
import { computeDistances, shownDistance } from "../graph/distances.ts";
import { shallowSizes } from "../graph/shallow_sizes.ts";
import { classifyNodes } from "./classes.ts";
import { LocationRows } from "../graph/location_rows.ts";
import { classesUnder, classifyShapes } from "./devtools_classes.ts";
import { scriptUrlsOf } from "./analyze.ts";
import { isDependencyUrl, isRuntimeUrl } from "./script_urls.ts";
import { displayName } from "./holders.ts";
import { DeclaredPaths, type DeclaredScopes, declaredScopes } from "./declared_paths.ts";
import { EntryWalker } from "./entries.ts";
import { isScopeName, nodeKinds } from "./node_kinds.ts";
import { namePath } from "./path_text.ts";
import { declaredPathSteps } from "./path_steps.ts";

/** Longest retainer chain rendered (GC roots are rarely deeper). */
const MAX_HOPS = 40;

/** Finds retainer paths for `target` (a group name such as `Timeout`, or `@12345`) in a parsed snapshot. */
export function retainersIn(
  s: HeapSnapshot,
  target: string,
  limit = 5,
  knownScripts: Record<number, string> = {},
): RetainersReport {
  const codes = typeCodes(s);
  const notes: string[] = [];
  const matches: number[] = [];
  const idMatch = /^@(\d+)$/.exec(target.trim());
  const sizes = shallowSizes(s, codes);
  const rows = new LocationRows(s);
  // Objects are named by their DevTools class, as compare and summary list them.
  const { table: shapes, shapeOf } = classifyShapes(s, codes, sizes, rows);
  const classes = classesUnder(shapes, shapes.interfaces);
  const classNameOf = (node: number) => classes.names[classes.classOfShape[shapeOf[node]]];
  if (idMatch) {
    const id = Number(idMatch[1]);
    for (let i = 0; i < s.nodeCount; i++) if (s.nodeId[i] === id) matches.push(i);
  } else {
    // A DevTools class first (`ChatMessage`, `{type, user}`, `Function`); else one of the
    // suspects' finer names: a shape by hidden class, a function's closures (`heartbeat()`).
    for (let i = 0; i < s.nodeCount; i++) {
      if (sizes[i] !== 0 && classNameOf(i) === target) matches.push(i);
    }
    if (matches.length === 0) {
      const table = classifyNodes(s, codes, rows);
      const wanted = new Set<number>();
      table.names.forEach((n, g) => {
        if (n === target) wanted.add(g);
      });
      if (wanted.size === 0) {
        table.names.forEach((n, g) => {
          if (n === `${target}()`) wanted.add(g);
        });
      }
      for (let i = 0; i < s.nodeCount; i++) if (wanted.has(table.groupOf[i])) matches.push(i);
    }
  }
  const report: RetainersReport = {
    file: s.path,
    target,
    matched: matches.length,
    objects: [],
    notes,
  };
  if (matches.length === 0) {
    notes.push(
      idMatch
        ? `no object with id ${target} in ${s.path}; ids come from this capture session (see a compare's suspects or summary)`
        : `no objects of class "${target}" in ${s.path}; class names are as compare/summary print them, e.g. Array, Timeout, {type, user}`,
    );
    return report;
  }
  const { retained } = computeDominators(s, codes, sizes);
  // The figure is DevTools' distance (from the global object when there is one); the path
  // shown is the shortest from the root, which runs through the program's module scopes.
  const devtoolsDistance = computeDistances(s, codes);
  const dist = hopsFromRoot(s, codes);
  const rev = buildRetainers(s);
  const urls = { ...knownScripts, ...scriptUrlsOf(s, codes) };
  const runtimeContext = runtimeContexts(s, codes, urls, rows);
  const role = (node: number): NodeRole | undefined => {
    if (runtimeContext.has(node)) return "runtime";
    const r = rows.of(node);
    if (r < 0) return undefined;
    return isRuntimeUrl(urls[s.locations.scriptId[r]]) ? "runtime" : "program";
  };
  // A class's prototype object carries the class's name but is not one of its instances:
  // instances first, then by what they retain.
  const prototype = (node: number) => {
    for (let r = rev.first[node], end = rev.first[node + 1]; r < end; r++) {
      const e = rev.edge[r];
      if (
        s.nodeType[rev.node[r]] === codes.closure && s.edgeType[e] === codes.edgeProperty &&
        s.strings.equals(s.edgeNameOrIndex[e], "prototype")
      ) return 1;
    }
    return 0;
  };
  const isPrototype = new Map(matches.map((m) => [m, prototype(m)]));
  matches.sort((a, b) => isPrototype.get(a)! - isPrototype.get(b)! || retained[b] - retained[a]);
  if (matches.length > limit) {
    notes.push(`${matches.length} objects match; showing the ${limit} that retain the most`);
  }

  const kinds = nodeKinds(s, codes);
  const scopes = declaredScopes(
    s,
    codes,
    kinds,
    rows,
    (id) => isRuntimeUrl(urls[id]),
    (id) => isDependencyUrl(urls[id]),
  );
  const moduleScopes = new Set(scopes.modules);
  const stepFor = (node: number, edge?: number): RetainerStep => ({
    node: !isScope(s, node)
      ? displayName(s, codes, node)
      : moduleScopes.has(node)
      ? "module scope"
      : scopeName(s, codes, rev, scopes.owner.get(node), node),
    nodeId: s.nodeId[node],
    ...(edge === undefined ? {} : {
      edge: edgeLabel(s, codes, edge),
      edgeType: s.meta.edgeTypes[s.edgeType[edge]],
    }),
  });

  const declared = declaredNames(s, codes, kinds, scopes, matches.slice(0, limit));

  for (const node of matches.slice(0, limit)) {
    // Walk towards the root: each hop takes the retainer closest to it, preferring named edges.
    const upward: RetainerStep[] = []; // object first; each step holds the edge into it
    const upwardRoles: (NodeRole | undefined)[] = [];
    let cur = node;
    const visited = new Set<number>();
    let named: string | undefined;
    const namedParts: string[] = [];
    while (upward.length < MAX_HOPS && !visited.has(cur)) {
      visited.add(cur);
      let best = -1;
      let bestScore = Infinity;
      if (cur !== 0) {
        for (let r = rev.first[cur], end = rev.first[cur + 1]; r < end; r++) {
          const e = rev.edge[r];
          if (s.edgeType[e] === codes.edgeWeak) continue;
          const from = rev.node[r];
          if (dist[from] === UNREACHED) continue;
          const t = s.edgeType[e];
          const isNamed = t === codes.edgeContext || t === codes.edgeProperty;
          const score = dist[from] * 2 + (isNamed ? 0 : 1);
          if (score < bestScore) {
            bestScore = score;
            best = r;
          }
        }
      }
      if (best < 0) {
        upward.push(stepFor(cur));
        upwardRoles.push(role(cur));
        break;
      }
      const e = rev.edge[best];
      upward.push(stepFor(cur, e));
      upwardRoles.push(role(cur));
      // Owner name: property/element hops up to the first variable (context edge).
      if (named === undefined) {
        const t = s.edgeType[e];
        const label = edgeLabel(s, codes, e);
        if (t === codes.edgeContext) named = [label, ...namedParts].join("");
        else if (t === codes.edgeProperty) namedParts.unshift(`.${label}`);
        else if (t === codes.edgeElement) namedParts.unshift(label);
      }
      cur = rev.node[best];
    }
    const fixed = upward.reverse();
    const roles = upwardRoles.reverse();
    const direct: RetainerStep[] = [];
    for (let r = rev.first[node], end = rev.first[node + 1]; r < end && direct.length < 10; r++) {
      // A weak reference keeps nothing alive: never a holder.
      const t = s.edgeType[rev.edge[r]];
      if (t === codes.edgeWeak || t === codes.edgeShortcut) continue;
      direct.push({
        ...stepFor(rev.node[r]),
        edge: edgeLabel(s, codes, rev.edge[r]),
        edgeType: s.meta.edgeTypes[t],
      });
    }
    // The variable the *program* holds it by (`conn.heartbeat`), when the shortest path runs
    // through the runtime's own bookkeeping (a timers Map held by a runtime variable).
    const programOwner = programOwnerPath(s, codes, rev, node, runtimeContext);
    if (programOwner) named = programOwner;
    // The name the program declared wins: a module variable or export, a function's variable.
    named = declared.get(node) ?? (named && listenerWords(named));
    report.objects.push({
      nodeId: s.nodeId[node],
      name: classNameOf(node),
      selfSize: sizes[node],
      retainedSize: retained[node],
      distance: shownDistance(devtoolsDistance[node]),
      ownerPath: named,
      path: fixed,
      rendered: renderChain(fixed, roles),
      directRetainers: direct,
    });
  }
  return report;
}

/** Whose a node on a path is: the program's, the runtime's, or neither (plain data). */
export type NodeRole = "program" | "runtime";

const UNREACHED = 0xffffffff;

/** Hops from the root for every node, breadth-first over non-weak edges. */
function hopsFromRoot(s: HeapSnapshot, codes: TypeCodes): Uint32Array {
  const dist = new Uint32Array(s.nodeCount).fill(UNREACHED);
  const queue = new Uint32Array(s.nodeCount);
  let tail = 0;
  dist[0] = 0;
  queue[tail++] = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    for (let e = s.firstEdge[v], end = s.firstEdge[v + 1]; e < end; e++) {
      const w = s.edgeTo[e];
      if (s.edgeType[e] === codes.edgeWeak || dist[w] !== UNREACHED) continue;
      dist[w] = dist[v] + 1;
      queue[tail++] = w;
    }
  }
  return dist;
}

/**
 * One line, root first: `(GC roots) → (Global handles) → … → scope of onopen() @87 ─conn→
 * Object ─.heartbeat→ Timeout`. Runs of internal hops are collapsed into `…`; named edges are
 * kept. With `roles` (parallel to `steps`), the runtime's own part before the program's first
 * object reads as words — `[runtime active timer list]`, `[runtime internals: Timeout()]` — and
 * an emitter's `._events.update` hop reads `'update' listeners`.
 */
export function renderChain(steps: RetainerStep[], roles: (NodeRole | undefined)[] = []): string {
  const runtime = runtimeRun(steps, roles);
  let out = "";
  let skipped = 0;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const next = steps[i + 1];
    if (i === 0) {
      out = s.node === "(synthetic)" ? "(root)" : s.node;
      continue;
    }
    if (runtime && i >= runtime.from && i <= runtime.to) {
      if (i === runtime.from) out += ` → [${runtime.words}]`;
      skipped = 0;
      continue;
    }
    if (runtime && i === runtime.to + 1 && runtime.wordsNameEdge) {
      // The edge into the program's first object is in the words (`'request' listeners`).
      out += ` → ${s.node.startsWith("scope") ? `${s.node} @${s.nodeId}` : s.node}`;
      continue;
    }
    const internal = s.edgeType === "internal" || s.edgeType === "hidden";
    // Keep the node a named edge leaves from (the scope that holds a variable).
    const nextNamed = next && next.edgeType !== "internal" && next.edgeType !== "hidden";
    if (i < steps.length - 1 && internal && !nextNamed) {
      skipped++;
      continue;
    }
    out += skipped ? " → …" : "";
    skipped = 0;
    const node = s.node.startsWith("scope") ? `${s.node} @${s.nodeId}` : s.node;
    const event = s.edgeType === "property" && s.edge === "_events" && next?.edgeType === "property"
      ? next.edge
      : undefined;
    if (event !== undefined) {
      // `Emitter ─._events→ Object ─.update→ Array` reads `Emitter ─'update' listeners→ Array`.
      out += ` ─'${event}' listeners→ ${next!.node}`;
      i++;
      continue;
    }
    const edge = s.edgeType === "property" ? `.${s.edge}` : s.edge;
    out += internal ? ` → ${node}` : ` ─${edge}→ ${node}`;
  }
  return out;
}

/**
 * The steps (after the GC roots) that are the runtime's own bookkeeping: from the first step
 * past the roots up to the program's first object, when a runtime object comes first; with the
 * words that say what it is.
 */
function runtimeRun(
  steps: RetainerStep[],
  roles: (NodeRole | undefined)[],
): { from: number; to: number; words: string; wordsNameEdge?: boolean } | undefined {
  let from = 1;
  while (from < steps.length - 1 && /^\(.*\)$/.test(steps[from].node)) from++;
  const firstProgram = roles.findIndex((r, i) => i >= from && r === "program");
  const end = firstProgram < 0 ? steps.length - 1 : firstProgram;
  const firstRuntime = roles.findIndex((r, i) => i >= from && i < end && r === "runtime");
  if (firstRuntime < 0 || end - from < 1) return undefined;
  const run = steps.slice(from, end);
  const target = steps[steps.length - 1];
  const timers = [...run, target].some((x) => /^(Timeout|Timer|Immediate)/.test(x.node)) ||
    run.some((x) => /timer/i.test(x.edge ?? "") || /timer/i.test(x.node));
  // The runtime's emitter holding the program's listener: `Server ─._events→ ─.request→ fn`.
  const into = steps[end];
  if (
    firstProgram >= 0 && into.edgeType === "property" && end - 2 >= from &&
    steps[end - 1].edge === "_events"
  ) {
    return {
      from,
      to: end - 1,
      words: `runtime ${steps[end - 2].node} '${into.edge}' listeners`,
      wordsNameEdge: true,
    };
  }
  const words = timers
    ? "runtime active timer list"
    : `runtime internals: ${steps[firstRuntime].node}`;
  return { from, to: end - 1, words };
}

/** `rates._events.update[3]` → `rates 'update' listeners[3]`: an emitter's table in words. */
export function listenerWords(path: string): string {
  return path.replace(/\._events\.([A-Za-z0-9_$-]+)/g, " '$1' listeners");
}

/** V8 names contexts `system / Context` (with a shared `/ scope @N` suffix). */
function isScope(s: HeapSnapshot, node: number): boolean {
  return isScopeName(s.strings.get(s.nodeName[node]));
}

/**
 * `scope of onopen()`: a scope named by the function that holds it (`programOwner`, the
 * program's closure, when known). V8's own name ends in an id shared by every scope of that
 * function, so it is dropped; the path prints the scope's own id.
 */
function scopeName(
  s: HeapSnapshot,
  codes: TypeCodes,
  rev: ReturnType<typeof buildRetainers>,
  programOwner: number | undefined,
  scope: number,
): string {
  if (programOwner !== undefined) return `scope of ${displayName(s, codes, programOwner)}`;
  let owner = -1;
  for (let r = rev.first[scope], end = rev.first[scope + 1]; r < end; r++) {
    const from = rev.node[r];
    const e = rev.edge[r];
    if (s.nodeType[from] !== codes.closure || s.edgeType[e] !== codes.edgeInternal) continue;
    if (!s.strings.equals(s.edgeNameOrIndex[e], "context")) continue;
    owner = from;
    break;
  }
  return owner >= 0 ? `scope of ${displayName(s, codes, owner)}` : "scope";
}

/** Contexts whose closures live in the runtime's own scripts (ext:, node:): not the program's variables. */
function runtimeContexts(
  s: HeapSnapshot,
  codes: TypeCodes,
  urls: Record<number, string>,
  rows: LocationRows,
): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < s.nodeCount; i++) {
    if (s.nodeType[i] !== codes.closure || rows.of(i) < 0) continue;
    const url = urls[s.locations.scriptId[rows.of(i)]];
    if (url === undefined || !isRuntimeUrl(url)) continue;
    for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
      if (
        s.edgeType[e] === codes.edgeInternal && s.strings.equals(s.edgeNameOrIndex[e], "context")
      ) {
        out.add(s.edgeTo[e]);
      }
    }
  }
  return out;
}

/**
 * The program's own name for each of `nodes`, from the shortest path that starts at something
 * it declared (module variables and exports, globals, then a function's variables) as the
 * compare names suspects: `conn.heartbeat`, `messageHistory[700]`, `rates 'update' listeners`.
 */
function declaredNames(
  s: HeapSnapshot,
  codes: TypeCodes,
  kinds: Uint8Array,
  scopes: DeclaredScopes,
  nodes: number[],
): Map<number, string> {
  const paths = new DeclaredPaths(new EntryWalker(s, codes, kinds), scopes, { targets: nodes });
  const out = new Map<number, string>();
  for (const node of nodes) {
    const p = paths.pathTo(node);
    if (!p || p.root === "runtime" || p.nodes.length < 2) continue;
    const steps = declaredPathSteps(s, codes, p, scopes);
    const text = namePath(steps, p.root === "global" ? "global" : undefined).text;
    if (text) out.set(node, text);
  }
  return out;
}

/** Nodes visited at most by the upward search for a program variable. */
const OWNER_SEARCH_LIMIT = 5000;

/**
 * Breadth-first up the retainers for the nearest program variable: a `context` edge from a
 * scope that is not the runtime's, then the property/element hops down to the object
 * (`conn.heartbeat`, `messageHistory[3]`). Internal hops (Map tables) add no name.
 */
function programOwnerPath(
  s: HeapSnapshot,
  codes: TypeCodes,
  rev: ReturnType<typeof buildRetainers>,
  start: number,
  runtimeContext: Set<number>,
): string | undefined {
  const suffix = new Map<number, string>([[start, ""]]);
  const queue = [start];
  for (let head = 0; head < queue.length && queue.length < OWNER_SEARCH_LIMIT; head++) {
    const node = queue[head];
    const below = suffix.get(node)!;
    for (let r = rev.first[node], end = rev.first[node + 1]; r < end; r++) {
      const e = rev.edge[r];
      const t = s.edgeType[e];
      const from = rev.node[r];
      if (t === codes.edgeWeak || t === codes.edgeShortcut || suffix.has(from)) continue;
      const label = edgeLabel(s, codes, e);
      if (t === codes.edgeContext) {
        // `this` names the object a method runs on, not a variable of the program.
        if (!runtimeContext.has(from) && !label.startsWith(".") && label !== "this") {
          return label + below;
        }
        continue;
      }
      if (label.startsWith("<symbol")) continue;
      const part = t === codes.edgeProperty ? `.${label}` : t === codes.edgeElement ? label : "";
      suffix.set(from, part + below);
      queue.push(from);
    }
  }
  return undefined;
}
