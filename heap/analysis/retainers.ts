/**
 * `find_retainers`: why is this object alive? For the objects of a class (or one `@id`), the
 * chain of retainers back to a GC root along the shortest non-weak path, plus the nearest
 * *named* owner (`messageHistory[12]`, `conn.messageBuffer`), which is often the real owner
 * when the shortest path runs through runtime machinery such as the timers list.
 *
 * @module
 */

import type { RetainersReport, RetainerStep } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import {
  buildRetainers,
  computeDistances,
  computeDominators,
  edgeLabel,
  type TypeCodes,
  typeCodes,
  UNREACHABLE,
} from "../graph/model.ts";
import { classifyNodes, locationRowIndex } from "./classes.ts";
import { scriptUrlsOf } from "./analyze.ts";
import { isRuntimeUrl } from "./script_urls.ts";
import { displayName } from "./holders.ts";

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
  let groupNames: string[] | undefined;
  let groupOf: Uint32Array | undefined;
  if (idMatch) {
    const id = Number(idMatch[1]);
    for (let i = 0; i < s.nodeCount; i++) if (s.nodeId[i] === id) matches.push(i);
  } else {
    const table = classifyNodes(s, codes, locationRowIndex(s));
    groupNames = table.names;
    groupOf = table.groupOf;
    const wanted = new Set<number>();
    // Exact group name first (`ChatMessage` objects); a function's closures (`heartbeat()`)
    // only when no object group has that name.
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
  const { retained } = computeDominators(s, codes);
  const dist = computeDistances(s, codes);
  const rev = buildRetainers(s);
  const runtimeContext = runtimeContexts(s, codes, knownScripts);
  matches.sort((a, b) => retained[b] - retained[a]);
  if (matches.length > limit) {
    notes.push(`${matches.length} objects match; showing the ${limit} that retain the most`);
  }

  const stepFor = (node: number, edge?: number): RetainerStep => ({
    node: displayName(s, codes, node),
    nodeId: s.nodeId[node],
    ...(edge === undefined ? {} : {
      edge: edgeLabel(s, codes, edge),
      edgeType: s.meta.edgeTypes[s.edgeType[edge]],
    }),
  });

  for (const node of matches.slice(0, limit)) {
    // Walk towards the root: each hop takes the retainer closest to it, preferring named edges.
    const upward: RetainerStep[] = []; // object first; each step holds the edge into it
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
          if (dist[from] === UNREACHABLE) continue;
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
        break;
      }
      const e = rev.edge[best];
      upward.push(stepFor(cur, e));
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
    const direct: RetainerStep[] = [];
    for (let r = rev.first[node], end = rev.first[node + 1]; r < end && direct.length < 10; r++) {
      direct.push({
        ...stepFor(rev.node[r]),
        edge: edgeLabel(s, codes, rev.edge[r]),
        edgeType: s.meta.edgeTypes[s.edgeType[rev.edge[r]]],
      });
    }
    // The variable the *program* holds it by (`conn.heartbeat`), when the shortest path runs
    // through the runtime's own bookkeeping (a timers Map held by a runtime variable).
    const programOwner = programOwnerPath(s, codes, rev, node, runtimeContext);
    if (programOwner) named = programOwner;
    report.objects.push({
      nodeId: s.nodeId[node],
      name: groupNames && groupOf ? groupNames[groupOf[node]] : displayName(s, codes, node),
      selfSize: s.nodeSelfSize[node],
      retainedSize: retained[node],
      distance: dist[node] === UNREACHABLE ? -1 : dist[node],
      ownerPath: named,
      path: fixed,
      rendered: renderChain(fixed),
      directRetainers: direct,
    });
  }
  return report;
}

/**
 * One line, root first: `(GC roots) → (Global handles) → … system / Context ─messageHistory→ Array
 * ─[12]→ {type, user}`. Runs of internal hops are collapsed into `…`; named edges are kept.
 */
export function renderChain(steps: RetainerStep[]): string {
  let out = "";
  let skipped = 0;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const next = steps[i + 1];
    const internal = s.edgeType === "internal" || s.edgeType === "hidden";
    // Keep the node a named edge leaves from (the scope that holds a variable).
    const nextNamed = next && next.edgeType !== "internal" && next.edgeType !== "hidden";
    if (i > 0 && i < steps.length - 1 && internal && !nextNamed) {
      skipped++;
      continue;
    }
    if (i === 0) {
      out = s.node === "(synthetic)" ? "(root)" : s.node;
      continue;
    }
    const edge = s.edgeType === "property"
      ? `.${s.edge}`
      : s.edgeType === "internal" || s.edgeType === "hidden" || s.edgeType === "element"
      ? s.edge
      : s.edge;
    out += skipped ? " → …" : "";
    skipped = 0;
    out += internal ? ` → ${s.node}` : ` ─${edge}→ ${s.node}`;
  }
  return out;
}

/** Contexts whose closures live in the runtime's own scripts (ext:, node:): not the program's variables. */
function runtimeContexts(
  s: HeapSnapshot,
  codes: TypeCodes,
  knownScripts: Record<number, string>,
): Set<number> {
  const urls = { ...knownScripts, ...scriptUrlsOf(s, codes) };
  const rows = locationRowIndex(s);
  const out = new Set<number>();
  for (let i = 0; i < s.nodeCount; i++) {
    if (s.nodeType[i] !== codes.closure || rows[i] < 0) continue;
    const url = urls[s.locations.scriptId[rows[i]]];
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
        if (!runtimeContext.has(from) && !label.startsWith(".")) return label + below;
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
