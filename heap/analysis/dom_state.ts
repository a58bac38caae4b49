/**
 * Which DOM objects are detached, as DevTools works it out (`propagateDOMState`): V8 marks
 * some native objects attached or detached (the `detachedness` field); the state spreads to
 * native objects they reach over edges that are not hidden or weak, attached first, so an
 * object reachable from an attached one is attached. DevTools then calls a detached one
 * `Detached <div>`. Chrome pages have them; Node marks some of its own native objects too.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { freeNow } from "../graph/free_now.ts";

const ATTACHED = 1;
const DETACHED = 2;

/** Per node: 1 when DevTools names it detached; undefined when the snapshot has no DOM state. */
export function detachedNodes(s: HeapSnapshot, codes: TypeCodes): Uint8Array | undefined {
  const state = s.nodeDetachedness;
  if (!state || !state.includes(DETACHED)) return undefined;
  const n = s.nodeCount;
  const visited = new Uint8Array(n);
  const detached = new Uint8Array(n);
  const current = new Uint8Array(n);
  const attachedQueue: number[] = [];
  const detachedQueue: number[] = [];
  const visit = (node: number, newState: number) => {
    if (visited[node]) return;
    visited[node] = 1;
    // The state does not pass through JavaScript objects: only native (embedder) objects.
    if (s.nodeType[node] !== codes.native) return;
    current[node] = newState;
    if (newState === ATTACHED) attachedQueue.push(node);
    else if (newState === DETACHED) {
      detached[node] = 1;
      detachedQueue.push(node);
    }
  };
  const spread = (from: number, newState: number) => {
    for (let e = s.firstEdge[from], end = s.firstEdge[from + 1]; e < end; e++) {
      const t = s.edgeType[e];
      if (t === codes.edgeHidden || t === codes.edgeWeak) continue;
      visit(s.edgeTo[e], newState);
    }
  };
  for (let i = 0; i < n; i++) if (state[i] !== 0) visit(i, state[i]);
  while (attachedQueue.length > 0) spread(attachedQueue.pop()!, ATTACHED);
  while (detachedQueue.length > 0) {
    const node = detachedQueue.pop()!;
    if (current[node] !== ATTACHED) spread(node, DETACHED);
  }
  freeNow(visited, current);
  return detached;
}
