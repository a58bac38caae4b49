/**
 * A heap snapshot with its nodes in another order: the same graph, ids and locations, as V8
 * would have written it had its heap been laid out differently (a GC that moved objects at
 * another time). What the engine reports must not depend on that order; a test (and `deno task
 * corpus --shuffle=N`) compares the report on both.
 *
 * @module
 */

/** Snapshot JSON as V8 writes it (the parts a reordering touches). */
interface SnapshotJson {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      location_fields?: string[];
    };
  };
  nodes: number[];
  edges: number[];
  locations?: number[];
}

/** A seeded generator of numbers in [0, 1): the same order for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

/**
 * `text` (a whole `.heapsnapshot`) with every node after the leading synthetic ones (the root,
 * `(GC roots)` and its groups, which V8 always writes first) moved to a place drawn from
 * `seed`; each node keeps its edges, in their order, and edges and locations point at the
 * nodes' new places.
 */
export function shuffledSnapshot(text: string, seed: number): string {
  const j = JSON.parse(text) as SnapshotJson;
  const meta = j.snapshot.meta;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const typeAt = meta.node_fields.indexOf("type");
  const edgeCountAt = meta.node_fields.indexOf("edge_count");
  const toAt = meta.edge_fields.indexOf("to_node");
  const synthetic = meta.node_types[0].indexOf("synthetic");
  const count = j.nodes.length / nodeWidth;
  let fixed = 0;
  while (fixed < count && j.nodes[fixed * nodeWidth + typeAt] === synthetic) fixed++;
  const random = seededRandom(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > fixed; i--) {
    const k = fixed + Math.floor(random() * (i - fixed + 1));
    [order[i], order[k]] = [order[k], order[i]];
  }
  const placeOf = new Uint32Array(count);
  order.forEach((old, place) => placeOf[old] = place);
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) {
    firstEdge[i + 1] = firstEdge[i] + j.nodes[i * nodeWidth + edgeCountAt];
  }
  const nodes = new Array<number>(j.nodes.length);
  const edges = new Array<number>(j.edges.length);
  let e = 0;
  order.forEach((old, place) => {
    for (let f = 0; f < nodeWidth; f++) nodes[place * nodeWidth + f] = j.nodes[old * nodeWidth + f];
    for (let k = firstEdge[old]; k < firstEdge[old + 1]; k++, e++) {
      for (let f = 0; f < edgeWidth; f++) edges[e * edgeWidth + f] = j.edges[k * edgeWidth + f];
      edges[e * edgeWidth + toAt] = placeOf[j.edges[k * edgeWidth + toAt] / nodeWidth] * nodeWidth;
    }
  });
  j.nodes = nodes;
  j.edges = edges;
  const locationWidth = meta.location_fields?.length ?? 0;
  const objectAt = meta.location_fields?.indexOf("object_index") ?? -1;
  if (j.locations && objectAt >= 0) {
    for (let k = 0; k < j.locations.length; k += locationWidth) {
      j.locations[k + objectAt] = placeOf[j.locations[k + objectAt] / nodeWidth] * nodeWidth;
    }
  }
  return JSON.stringify(j);
}

/** Rewrites the snapshot file at `path` in a shuffled order (see {@link shuffledSnapshot}). */
export async function shuffleSnapshotFile(path: string, seed: number): Promise<void> {
  const text = shuffledSnapshot(await Deno.readTextFile(path), seed);
  const temp = `${path}.shuffling`;
  await Deno.writeTextFile(temp, text);
  await Deno.rename(temp, path);
}
