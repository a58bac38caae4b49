/**
 * The sinks that turn scanned batches of integers into the typed arrays of a
 * `HeapSnapshot`: one per number section (`nodes`, `edges`, `locations`). Each checks what
 * it can as it goes (type ranges, edge targets, counts against meta) and says which number
 * of a batch it rejects, so the loader can name the exact byte.
 *
 * @module
 */

import type { SnapshotLayout } from "./meta.ts";

/** What the loader hands each batch of scanned numbers to. */
export interface NumberSink {
  /** Takes `batch[0..n)`; returns -1, or the index of a number it rejects (see `error`). */
  accept(batch: Uint32Array, n: number): number;
  /** Why the last rejected number was rejected. */
  error: string;
  /** After the section's `]`: a sentence if the section held the wrong amount, else undefined. */
  checkTotals(): string | undefined;
}

/**
 * The role of each column of a node row, precomputed from the layout; columns with no role
 * (0: e.g. trace_node_id, detachedness) are dropped.
 */
const TYPE = 1, NAME = 2, ID = 3, SIZE = 4, EDGES = 5, DETACHEDNESS = 6;

/** Fills the per-node arrays and `firstEdge` from the `nodes` section. */
export class NodeSink implements NumberSink {
  readonly nodeType: Uint8Array;
  readonly nodeName: Uint32Array;
  readonly nodeId: Uint32Array;
  readonly nodeSelfSize: Uint32Array;
  readonly firstEdge: Uint32Array;
  /** Per node: the `detachedness` field (DOM state), when the snapshot has it. */
  readonly nodeDetachedness: Uint8Array | undefined;
  /** Largest name index seen: lets the final range check skip the loop on valid files. */
  maxName = 0;
  error = "";
  private seen = 0;
  private edgesSoFar = 0;
  /** Per column of a node row: what it fills (see TYPE…EDGES). */
  private readonly roles: Uint8Array;

  constructor(private readonly layout: SnapshotLayout) {
    const n = layout.nodeCount;
    this.nodeType = new Uint8Array(n);
    this.nodeName = new Uint32Array(n);
    this.nodeId = new Uint32Array(n);
    this.nodeSelfSize = new Uint32Array(n);
    this.firstEdge = new Uint32Array(n + 1);
    this.roles = new Uint8Array(layout.nodeFieldCount);
    this.roles[layout.nodeTypeField] = TYPE;
    this.roles[layout.nodeNameField] = NAME;
    this.roles[layout.nodeIdField] = ID;
    this.roles[layout.nodeSelfSizeField] = SIZE;
    this.roles[layout.nodeEdgeCountField] = EDGES;
    const detached = layout.meta.nodeFields.indexOf("detachedness");
    this.nodeDetachedness = detached >= 0 ? new Uint8Array(n) : undefined;
    if (detached >= 0) this.roles[detached] = DETACHEDNESS;
  }

  accept(batch: Uint32Array, n: number): number {
    const l = this.layout;
    const nfc = l.nodeFieldCount;
    const total = l.nodeCount * nfc;
    const roles = this.roles;
    const typeCount = l.meta.nodeTypes.length;
    const { nodeType, nodeName, nodeId, nodeSelfSize, firstEdge } = this;
    const edgeCount = l.edgeCount;
    let seen = this.seen;
    let node = Math.floor(seen / nfc);
    let col = seen - node * nfc;
    let edges = this.edgesSoFar;
    let maxName = this.maxName;
    const tf = l.nodeTypeField, nf = l.nodeNameField, idf = l.nodeIdField;
    const sf = l.nodeSelfSizeField, ef = l.nodeEdgeCountField;
    const detachedness = this.nodeDetachedness;
    const df = this.roles.indexOf(DETACHEDNESS);
    for (let k = 0; k < n; k++) {
      if (col === 0) {
        // Fast path: whole rows, fields read at fixed offsets.
        const rows = Math.min(Math.floor((n - k) / nfc), (total - seen) / nfc);
        const rowsEnd = k + rows * nfc;
        for (; k < rowsEnd; k += nfc) {
          const t = batch[k + tf];
          if (t >= typeCount) {
            this.error = `node ${node} has type ${t}; meta.node_types has ${typeCount} types`;
            return k + tf;
          }
          edges += batch[k + ef];
          if (edges > edgeCount) {
            this.error = `the edge counts of nodes 0..${node} add up to ${edges}, ` +
              `more than meta.edge_count ${edgeCount}`;
            return k + ef;
          }
          nodeType[node] = t;
          const name = batch[k + nf];
          nodeName[node] = name;
          if (name > maxName) maxName = name;
          nodeId[node] = batch[k + idf];
          nodeSelfSize[node] = batch[k + sf];
          if (detachedness) detachedness[node] = batch[k + df];
          firstEdge[++node] = edges;
        }
        seen += rows * nfc;
        if (k === n) break;
      }
      if (seen === total) {
        this.error = `more numbers than meta.node_count ${l.nodeCount} × ${nfc} node fields`;
        return k;
      }
      const v = batch[k];
      const role = roles[col];
      if (role === TYPE) {
        if (v >= typeCount) {
          this.error = `node ${node} has type ${v}; meta.node_types has ${typeCount} types`;
          return k;
        }
        nodeType[node] = v;
      } else if (role === NAME) {
        nodeName[node] = v;
        if (v > maxName) maxName = v;
      } else if (role === ID) nodeId[node] = v;
      else if (role === SIZE) nodeSelfSize[node] = v;
      else if (role === DETACHEDNESS) detachedness![node] = v;
      else if (role === EDGES) {
        edges += v;
        if (edges > edgeCount) {
          this.error = `the edge counts of nodes 0..${node} add up to ${edges}, ` +
            `more than meta.edge_count ${edgeCount}`;
          return k;
        }
        firstEdge[node + 1] = edges;
      }
      seen++;
      if (++col === nfc) {
        col = 0;
        node++;
      }
    }
    this.seen = seen;
    this.maxName = maxName;
    this.edgesSoFar = edges;
    return -1;
  }

  checkTotals(): string | undefined {
    const l = this.layout;
    const expected = l.nodeCount * l.nodeFieldCount;
    if (this.seen !== expected) {
      return `"nodes" holds ${this.seen} numbers; meta.node_count ${l.nodeCount} × ` +
        `${l.nodeFieldCount} node fields = ${expected}`;
    }
    if (this.firstEdge[l.nodeCount] !== l.edgeCount) {
      return `the nodes' edge_count fields add up to ${this.firstEdge[l.nodeCount]}; ` +
        `meta.edge_count is ${l.edgeCount}`;
    }
    return undefined;
  }
}

/** Fills the per-edge arrays from the `edges` section, turning `to_node` offsets into indexes. */
export class EdgeSink implements NumberSink {
  readonly edgeType: Uint8Array;
  readonly edgeNameOrIndex: Uint32Array;
  readonly edgeTo: Uint32Array;
  /** Largest name_or_index seen (names and element indexes alike). */
  maxName = 0;
  error = "";
  private seen = 0;

  /** Complete edges so far. */
  get rows(): number {
    return Math.floor(this.seen / this.layout.edgeFieldCount);
  }

  /** True when no edge is half read. */
  get aligned(): boolean {
    return this.seen % this.layout.edgeFieldCount === 0;
  }

  constructor(private readonly layout: SnapshotLayout) {
    const n = layout.edgeCount;
    this.edgeType = new Uint8Array(n);
    this.edgeNameOrIndex = new Uint32Array(n);
    this.edgeTo = new Uint32Array(n);
  }

  accept(batch: Uint32Array, n: number): number {
    const l = this.layout;
    const efc = l.edgeFieldCount;
    const nfc = l.nodeFieldCount;
    const total = l.edgeCount * efc;
    const nodeOffsets = l.nodeCount * nfc;
    const typeCount = l.meta.edgeTypes.length;
    const { edgeType, edgeNameOrIndex, edgeTo } = this;
    const typeField = l.edgeTypeField, nameField = l.edgeNameField, toField = l.edgeToField;
    let seen = this.seen;
    let edge = Math.floor(seen / efc);
    let col = seen - edge * efc;
    let maxName = this.maxName;
    for (let k = 0; k < n; k++) {
      if (col === 0) {
        // Fast path: whole rows, fields read at fixed offsets.
        const rows = Math.min(Math.floor((n - k) / efc), (total - seen) / efc);
        const rowsEnd = k + rows * efc;
        for (; k < rowsEnd; k += efc) {
          const t = batch[k + typeField];
          const to = batch[k + toField];
          if (t >= typeCount) {
            this.error = `edge ${edge} has type ${t}; meta.edge_types has ${typeCount} types`;
            return k + typeField;
          }
          const target = to / nfc;
          if (to >= nodeOffsets || target !== Math.floor(target)) {
            this.error = `edge ${edge} points to nodes offset ${to}, which is not the ` +
              `start of one of the ${l.nodeCount} nodes (${nfc} fields each)`;
            return k + toField;
          }
          edgeType[edge] = t;
          const name = batch[k + nameField];
          edgeNameOrIndex[edge] = name;
          if (name > maxName) maxName = name;
          edgeTo[edge++] = target;
        }
        seen += rows * efc;
        if (k === n) break;
      }
      if (seen === total) {
        this.error = `more numbers than meta.edge_count ${l.edgeCount} × ${efc} edge fields`;
        return k;
      }
      const v = batch[k];
      if (col === toField) {
        if (v >= nodeOffsets || v % nfc !== 0) {
          this.error = `edge ${edge} points to nodes offset ${v}, which is not the start ` +
            `of one of the ${l.nodeCount} nodes (${nfc} fields each)`;
          return k;
        }
        edgeTo[edge] = v / nfc;
      } else if (col === typeField) {
        if (v >= typeCount) {
          this.error = `edge ${edge} has type ${v}; meta.edge_types has ${typeCount} types`;
          return k;
        }
        edgeType[edge] = v;
      } else if (col === nameField) {
        edgeNameOrIndex[edge] = v;
        if (v > maxName) maxName = v;
      }
      seen++;
      if (++col === efc) {
        col = 0;
        edge++;
      }
    }
    this.seen = seen;
    this.maxName = maxName;
    return -1;
  }

  checkTotals(): string | undefined {
    const l = this.layout;
    const expected = l.edgeCount * l.edgeFieldCount;
    if (this.seen === expected) return undefined;
    return `"edges" holds ${this.seen} numbers; meta.edge_count ${l.edgeCount} × ` +
      `${l.edgeFieldCount} edge fields = ${expected}`;
  }
}

/** Collects `locations` rows (object → script, line, column) with node indexes, not offsets. */
export class LocationSink implements NumberSink {
  nodeIndex = new Uint32Array(0);
  scriptId = new Uint32Array(0);
  line = new Uint32Array(0);
  column = new Uint32Array(0);
  /** Complete rows so far. */
  count = 0;
  error = "";
  private seen = 0;

  constructor(private readonly layout: SnapshotLayout) {}

  accept(batch: Uint32Array, n: number): number {
    const l = this.layout;
    const lfc = l.locationFieldCount;
    if (lfc === 0) {
      this.error = "the snapshot has locations but meta.location_fields is missing";
      return 0;
    }
    const nfc = l.nodeFieldCount;
    const nodeOffsets = l.nodeCount * nfc;
    let seen = this.seen;
    let row = Math.floor(seen / lfc);
    let col = seen - row * lfc;
    this.ensureCapacity(Math.ceil((seen + n) / lfc));
    const { nodeIndex, scriptId, line, column } = this;
    const of = l.locationObjectField, sf = l.locationScriptField;
    const lf = l.locationLineField, cf = l.locationColumnField;
    for (let k = 0; k < n; k++) {
      if (col === 0) {
        // Fast path: whole rows, fields read at fixed offsets.
        const rowsEnd = k + Math.floor((n - k) / lfc) * lfc;
        for (; k < rowsEnd; k += lfc) {
          const v = batch[k + of];
          const target = v / nfc;
          if (v >= nodeOffsets || target !== Math.floor(target)) {
            this.error = `location ${row} refers to nodes offset ${v}, which is not the ` +
              `start of one of the ${l.nodeCount} nodes`;
            return k + of;
          }
          nodeIndex[row] = target;
          scriptId[row] = batch[k + sf];
          line[row] = batch[k + lf];
          column[row++] = batch[k + cf];
        }
        seen = row * lfc;
        if (k === n) break;
      }
      const v = batch[k];
      if (col === l.locationObjectField) {
        if (v >= nodeOffsets || v % nfc !== 0) {
          this.error = `location ${row} refers to nodes offset ${v}, which is not the ` +
            `start of one of the ${l.nodeCount} nodes`;
          return k;
        }
        nodeIndex[row] = v / nfc;
      } else if (col === l.locationScriptField) scriptId[row] = v;
      else if (col === l.locationLineField) line[row] = v;
      else if (col === l.locationColumnField) column[row] = v;
      seen++;
      if (++col === lfc) {
        col = 0;
        row++;
      }
    }
    this.seen = seen;
    this.count = Math.floor(seen / lfc);
    return -1;
  }

  checkTotals(): string | undefined {
    const lfc = this.layout.locationFieldCount;
    if (this.seen % Math.max(1, lfc) === 0) return undefined;
    return `"locations" ends inside a row: ${this.seen} numbers is not a multiple of ` +
      `${lfc} location fields`;
  }

  private ensureCapacity(rows: number): void {
    if (rows <= this.nodeIndex.length) return;
    // First time: room for one row per node (V8 writes at most one per object). Fresh
    // typed arrays are zero pages until written, so unused room costs address space, not
    // RSS, and the result is a view with no copy. More rows than nodes: grow by doubling.
    const size = this.nodeIndex.length === 0
      ? Math.max(rows, this.layout.nodeCount, 1024)
      : Math.max(rows, this.nodeIndex.length * 2);
    const grow = (a: Uint32Array) => {
      const b = new Uint32Array(size);
      b.set(a);
      return b;
    };
    this.nodeIndex = grow(this.nodeIndex);
    this.scriptId = grow(this.scriptId);
    this.line = grow(this.line);
    this.column = grow(this.column);
  }
}
