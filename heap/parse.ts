/**
 * Streaming `.heapsnapshot` parser: reads the file in chunks into the typed arrays of
 * `HeapSnapshot` without ever holding the whole text or `JSON.parse`-ing the number arrays,
 * so files past V8's 512 M-character string limit (and past 2 GB) load in memory
 * proportional to the graph, not to the text.
 *
 * Bad input throws `SnapshotParseError` naming the file, the byte offset and what was
 * expected; nothing else is thrown for file content (an aborted `signal` rejects with its
 * reason).
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import { CHUNK_BYTES, ChunkReader, decodeJsonString } from "./parse_reader.ts";
import { describeByte, SnapshotParseError } from "./parse_error.ts";
import { layoutFromHeader, type SnapshotLayout } from "./parse_meta.ts";
import { describeScanError, type IntegerArrayScanner, locateNumber } from "./parse_numbers.ts";
import { WasmNumberScanner } from "./parse_numbers_wasm.ts";

export { SnapshotParseError } from "./parse_error.ts";

/** Options for `parseSnapshotFile`. */
export interface ParseOptions {
  /** Called after each chunk read with the bytes read so far and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Aborts the parse between chunks; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Bytes per read (default 4 MiB); tests use tiny chunks to exercise chunk boundaries. */
  chunkBytes?: number;
}

/**
 * Parses the heap snapshot at `path` into typed arrays indexed by node and edge index.
 * Throws `SnapshotParseError` for a file that cannot be opened or is not a valid snapshot.
 */
export async function parseSnapshotFile(
  path: string,
  opts: ParseOptions = {},
): Promise<HeapSnapshot> {
  let file: Deno.FsFile;
  let size: number;
  try {
    file = await Deno.open(path, { read: true });
    const info = await file.stat();
    if (!info.isFile) {
      file.close();
      throw new Error("it is not a regular file");
    }
    size = info.size;
  } catch (e) {
    throw new SnapshotParseError(path, 0, `cannot open the file (${(e as Error).message})`, {
      cause: e,
    });
  }
  try {
    const scanner = new WasmNumberScanner(BATCH, opts.chunkBytes ?? CHUNK_BYTES);
    const reader = new ChunkReader(path, file, size, opts, scanner.inputBuffer);
    return await new SnapshotLoader(reader, scanner).load();
  } finally {
    file.close();
  }
}

/** Numbers scanned per batch before they are scattered into the per-field arrays. */
const BATCH = 1 << 16;

/**
 * The role of each column of a node row, precomputed from the layout; columns with no role
 * (0: e.g. trace_node_id, detachedness) are dropped.
 */
const TYPE = 1, NAME = 2, ID = 3, SIZE = 4, EDGES = 5;

/** Builds one `HeapSnapshot` from a reader positioned at the start of the file. */
class SnapshotLoader {
  private layout?: SnapshotLayout;
  private readonly seen = new Set<string>();

  private nodeType = new Uint8Array(0);
  private nodeName = new Uint32Array(0);
  private nodeId = new Uint32Array(0);
  private nodeSelfSize = new Uint32Array(0);
  private firstEdge = new Uint32Array(1);
  private edgeType = new Uint8Array(0);
  private edgeNameOrIndex = new Uint32Array(0);
  private edgeTo = new Uint32Array(0);
  private strings: string[] = [];
  private stringsEnd = 0;

  private locCount = 0;
  private locNode = new Uint32Array(0);
  private locScript = new Uint32Array(0);
  private locLine = new Uint32Array(0);
  private locColumn = new Uint32Array(0);

  /** Running position inside the number array being scattered. */
  private numbersSeen = 0;
  /** Sum of the edge_count fields scattered so far. */
  private edgesSoFar = 0;
  /** Largest node name and edge name_or_index seen: lets `finish` skip most range checks. */
  private maxNodeName = 0;
  private maxEdgeName = 0;
  /** Set by a sink that rejects a number; becomes the error message. */
  private sinkError = "";

  constructor(
    private readonly r: ChunkReader,
    private readonly scanner: IntegerArrayScanner,
  ) {}

  async load(): Promise<HeapSnapshot> {
    const r = this.r;
    const first = await r.peekNonSpace();
    if (first !== 0x7b) {
      throw r.error(
        `expected '{' starting a V8 heap snapshot (JSON object), found ${
          describeByte(first < 0 ? undefined : first)
        }`,
      );
    }
    r.pos++;
    if ((await r.peekNonSpace()) === 0x7d) {
      throw r.error("not a heap snapshot: the JSON object is empty");
    }
    for (;;) {
      const keyOffset = r.offset;
      const key = await r.readShortString('a section name such as "snapshot" or "nodes"');
      await r.expect(0x3a, `':' after "${key}"`);
      if (this.seen.has(key)) {
        throw new SnapshotParseError(r.path, keyOffset, `section "${key}" appears twice`);
      }
      this.seen.add(key);
      await this.readSection(key, keyOffset);
      const next = await r.peekNonSpace();
      if (next === 0x2c) {
        r.pos++;
        continue;
      }
      if (next === 0x7d) {
        r.pos++;
        break;
      }
      throw r.error(
        `expected ',' or '}' after section "${key}", found ${
          describeByte(next < 0 ? undefined : next)
        }`,
      );
    }
    const trailing = await r.peekNonSpace();
    if (trailing >= 0) {
      throw r.error(`unexpected ${describeByte(trailing)} after the snapshot's closing '}'`);
    }
    return this.finish();
  }

  private async readSection(key: string, keyOffset: number): Promise<void> {
    const r = this.r;
    if (key === "snapshot") {
      const text = await r.collectValue('the "snapshot" header', 1 << 20);
      let header: unknown;
      try {
        header = JSON.parse(text);
      } catch (e) {
        throw new SnapshotParseError(
          r.path,
          keyOffset,
          `the "snapshot" header is not valid JSON (${(e as Error).message})`,
        );
      }
      const layout = layoutFromHeader(header, r.totalBytes);
      if (typeof layout === "string") throw new SnapshotParseError(r.path, keyOffset, layout);
      this.allocate(layout);
      this.layout = layout;
      return;
    }
    const needsLayout = key === "nodes" || key === "edges" || key === "locations" ||
      key === "strings";
    if (needsLayout && !this.layout) {
      throw new SnapshotParseError(
        r.path,
        keyOffset,
        `expected the "snapshot" section (with meta) before "${key}"`,
      );
    }
    switch (key) {
      case "nodes":
        this.numbersSeen = 0;
        await this.readNumbers(key, (b, n) => this.scatterNodes(b, n));
        return this.checkNodeTotals();
      case "edges":
        this.numbersSeen = 0;
        await this.readNumbers(key, (b, n) => this.scatterEdges(b, n));
        return this.checkEdgeTotals();
      case "locations":
        this.numbersSeen = 0;
        await this.readNumbers(key, (b, n) => this.scatterLocations(b, n));
        if (this.numbersSeen % Math.max(1, this.layout!.locationFieldCount) !== 0) {
          throw r.error(
            `"locations" ends inside a row: ${this.numbersSeen} numbers is not a multiple of ` +
              `${this.layout!.locationFieldCount} location fields`,
            r.pos - 1,
          );
        }
        return;
      case "strings":
        await this.readStrings();
        this.stringsEnd = r.offset;
        return;
      default:
        await r.skipValue(`section "${key}"`);
    }
  }

  private allocate(l: SnapshotLayout): void {
    this.nodeType = new Uint8Array(l.nodeCount);
    this.nodeName = new Uint32Array(l.nodeCount);
    this.nodeId = new Uint32Array(l.nodeCount);
    this.nodeSelfSize = new Uint32Array(l.nodeCount);
    this.firstEdge = new Uint32Array(l.nodeCount + 1);
    this.edgeType = new Uint8Array(l.edgeCount);
    this.edgeNameOrIndex = new Uint32Array(l.edgeCount);
    this.edgeTo = new Uint32Array(l.edgeCount);
  }

  /**
   * Scans one integer array, handing full batches to `sink`. A sink returns -1 to go on or
   * the index in the batch of a number it rejects (with `sinkError` set).
   */
  private async readNumbers(
    what: string,
    sink: (batch: Uint32Array, n: number) => number,
  ): Promise<void> {
    const r = this.r;
    await r.expect(0x5b, `'[' starting "${what}"`);
    const scanner = this.scanner;
    scanner.reset();
    const batch = scanner.batch;
    for (;;) {
      const batchStart = r.pos;
      const carried = scanner.carried;
      r.pos = scanner.scan(r.buf, r.pos, r.end);
      if (scanner.error) {
        throw r.error(`in "${what}": ${describeScanError(scanner.error)}`);
      }
      if (scanner.count > 0) {
        const bad = sink(batch, scanner.count);
        if (bad >= 0) {
          throw r.error(
            `in "${what}": ${this.sinkError}`,
            locateNumber(r.buf, batchStart, r.pos, bad, carried),
          );
        }
        scanner.count = 0;
      }
      if (scanner.done) return;
      if (r.pos === r.end && !(await r.fill())) {
        throw r.error(`file ends inside "${what}" (truncated snapshot?)`, r.end);
      }
    }
  }

  private scatterNodes(batch: Uint32Array, n: number): number {
    const l = this.layout!;
    const nfc = l.nodeFieldCount;
    const total = l.nodeCount * nfc;
    const roles = new Uint8Array(nfc);
    roles[l.nodeTypeField] = TYPE;
    roles[l.nodeNameField] = NAME;
    roles[l.nodeIdField] = ID;
    roles[l.nodeSelfSizeField] = SIZE;
    roles[l.nodeEdgeCountField] = EDGES;
    const typeCount = l.meta.nodeTypes.length;
    const { nodeType, nodeName, nodeId, nodeSelfSize, firstEdge } = this;
    const edgeCount = l.edgeCount;
    let seen = this.numbersSeen;
    let node = Math.floor(seen / nfc);
    let col = seen - node * nfc;
    let edges = this.edgesSoFar;
    let maxName = this.maxNodeName;
    const tf = l.nodeTypeField, nf = l.nodeNameField, idf = l.nodeIdField;
    const sf = l.nodeSelfSizeField, ef = l.nodeEdgeCountField;
    for (let k = 0; k < n; k++) {
      if (col === 0) {
        // Fast path: whole rows, fields read at fixed offsets.
        const rows = Math.min(Math.floor((n - k) / nfc), (total - seen) / nfc);
        const rowsEnd = k + rows * nfc;
        for (; k < rowsEnd; k += nfc) {
          const t = batch[k + tf];
          if (t >= typeCount) {
            this.sinkError = `node ${node} has type ${t}; meta.node_types has ${typeCount} types`;
            return k + tf;
          }
          edges += batch[k + ef];
          if (edges > edgeCount) {
            this.sinkError = `the edge counts of nodes 0..${node} add up to ${edges}, ` +
              `more than meta.edge_count ${edgeCount}`;
            return k + ef;
          }
          nodeType[node] = t;
          const name = batch[k + nf];
          nodeName[node] = name;
          if (name > maxName) maxName = name;
          nodeId[node] = batch[k + idf];
          nodeSelfSize[node] = batch[k + sf];
          firstEdge[++node] = edges;
        }
        seen += rows * nfc;
        if (k === n) break;
      }
      if (seen === total) {
        this.sinkError = `more numbers than meta.node_count ${l.nodeCount} × ${nfc} node fields`;
        return k;
      }
      const v = batch[k];
      const role = roles[col];
      if (role === TYPE) {
        if (v >= typeCount) {
          this.sinkError = `node ${node} has type ${v}; meta.node_types has ${typeCount} types`;
          return k;
        }
        nodeType[node] = v;
      } else if (role === NAME) {
        nodeName[node] = v;
        if (v > maxName) maxName = v;
      } else if (role === ID) nodeId[node] = v;
      else if (role === SIZE) nodeSelfSize[node] = v;
      else if (role === EDGES) {
        edges += v;
        if (edges > edgeCount) {
          this.sinkError = `the edge counts of nodes 0..${node} add up to ${edges}, ` +
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
    this.numbersSeen = seen;
    this.maxNodeName = maxName;
    this.edgesSoFar = edges;
    return -1;
  }

  private checkNodeTotals(): void {
    const l = this.layout!;
    const expected = l.nodeCount * l.nodeFieldCount;
    if (this.numbersSeen !== expected) {
      throw this.r.error(
        `"nodes" holds ${this.numbersSeen} numbers; meta.node_count ${l.nodeCount} × ` +
          `${l.nodeFieldCount} node fields = ${expected}`,
        this.r.pos - 1,
      );
    }
    if (this.firstEdge[l.nodeCount] !== l.edgeCount) {
      throw this.r.error(
        `the nodes' edge_count fields add up to ${this.firstEdge[l.nodeCount]}; ` +
          `meta.edge_count is ${l.edgeCount}`,
        this.r.pos - 1,
      );
    }
  }

  private scatterEdges(batch: Uint32Array, n: number): number {
    const l = this.layout!;
    const efc = l.edgeFieldCount;
    const nfc = l.nodeFieldCount;
    const total = l.edgeCount * efc;
    const nodeOffsets = l.nodeCount * nfc;
    const typeCount = l.meta.edgeTypes.length;
    const { edgeType, edgeNameOrIndex, edgeTo } = this;
    const typeField = l.edgeTypeField, nameField = l.edgeNameField, toField = l.edgeToField;
    let seen = this.numbersSeen;
    let edge = Math.floor(seen / efc);
    let col = seen - edge * efc;
    let maxName = this.maxEdgeName;
    for (let k = 0; k < n; k++) {
      if (col === 0) {
        // Fast path: whole rows, fields read at fixed offsets.
        const rows = Math.min(Math.floor((n - k) / efc), (total - seen) / efc);
        const rowsEnd = k + rows * efc;
        for (; k < rowsEnd; k += efc) {
          const t = batch[k + typeField];
          const to = batch[k + toField];
          if (t >= typeCount) {
            this.sinkError = `edge ${edge} has type ${t}; meta.edge_types has ${typeCount} types`;
            return k + typeField;
          }
          const target = to / nfc;
          if (to >= nodeOffsets || target !== Math.floor(target)) {
            this.sinkError = `edge ${edge} points to nodes offset ${to}, which is not the ` +
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
        this.sinkError = `more numbers than meta.edge_count ${l.edgeCount} × ${efc} edge fields`;
        return k;
      }
      const v = batch[k];
      if (col === toField) {
        if (v >= nodeOffsets || v % nfc !== 0) {
          this.sinkError = `edge ${edge} points to nodes offset ${v}, which is not the start ` +
            `of one of the ${l.nodeCount} nodes (${nfc} fields each)`;
          return k;
        }
        edgeTo[edge] = v / nfc;
      } else if (col === typeField) {
        if (v >= typeCount) {
          this.sinkError = `edge ${edge} has type ${v}; meta.edge_types has ${typeCount} types`;
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
    this.numbersSeen = seen;
    this.maxEdgeName = maxName;
    return -1;
  }

  private checkEdgeTotals(): void {
    const l = this.layout!;
    const expected = l.edgeCount * l.edgeFieldCount;
    if (this.numbersSeen !== expected) {
      throw this.r.error(
        `"edges" holds ${this.numbersSeen} numbers; meta.edge_count ${l.edgeCount} × ` +
          `${l.edgeFieldCount} edge fields = ${expected}`,
        this.r.pos - 1,
      );
    }
  }

  private scatterLocations(batch: Uint32Array, n: number): number {
    const l = this.layout!;
    const lfc = l.locationFieldCount;
    if (lfc === 0) {
      this.sinkError = "the snapshot has locations but meta.location_fields is missing";
      return 0;
    }
    const nfc = l.nodeFieldCount;
    const nodeOffsets = l.nodeCount * nfc;
    let seen = this.numbersSeen;
    let row = Math.floor(seen / lfc);
    let col = seen - row * lfc;
    this.ensureLocationCapacity(Math.ceil((seen + n) / lfc));
    const { locNode, locScript, locLine, locColumn } = this;
    for (let k = 0; k < n; k++) {
      const v = batch[k];
      if (col === l.locationObjectField) {
        if (v >= nodeOffsets || v % nfc !== 0) {
          this.sinkError = `location ${row} refers to nodes offset ${v}, which is not the ` +
            `start of one of the ${l.nodeCount} nodes`;
          return k;
        }
        locNode[row] = v / nfc;
      } else if (col === l.locationScriptField) locScript[row] = v;
      else if (col === l.locationLineField) locLine[row] = v;
      else if (col === l.locationColumnField) locColumn[row] = v;
      seen++;
      if (++col === lfc) {
        col = 0;
        row++;
      }
    }
    this.numbersSeen = seen;
    this.locCount = Math.floor(seen / lfc);
    return -1;
  }

  private ensureLocationCapacity(rows: number): void {
    if (rows <= this.locNode.length) return;
    // First time: room for one row per node (V8 writes at most one per object). Fresh
    // typed arrays are zero pages until written, so unused room costs address space, not
    // RSS, and the result is a view with no copy. More rows than nodes: grow by doubling.
    const size = this.locNode.length === 0
      ? Math.max(rows, this.layout!.nodeCount, 1024)
      : Math.max(rows, this.locNode.length * 2);
    const grow = (a: Uint32Array) => {
      const b = new Uint32Array(size);
      b.set(a);
      return b;
    };
    this.locNode = grow(this.locNode);
    this.locScript = grow(this.locScript);
    this.locLine = grow(this.locLine);
    this.locColumn = grow(this.locColumn);
  }

  /**
   * Reads the `strings` array one string at a time. Plain ASCII strings (almost all of
   * them) are sliced out of a per-chunk decode; others go through `JSON.parse` alone.
   */
  private async readStrings(): Promise<void> {
    const r = this.r;
    await r.expect(0x5b, `'[' starting "strings"`);
    const bytesAsChars = new TextDecoder("x-user-defined");
    const utf8Chunk = new TextDecoder("utf-8");
    const strings = this.strings;
    let expectString = true;
    let first = true;
    let text = "";
    let textFor: Uint8Array | null = null;
    let textBase = -1;
    let textEnd = -1;
    for (;;) {
      const buf = r.buf;
      const end = r.end;
      let pos = r.pos;
      let done = false;
      while (pos < end) {
        const b = buf[pos];
        if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
          pos++;
          continue;
        }
        if (!expectString) {
          if (b === 0x2c) expectString = true;
          else if (b === 0x5d) done = true;
          else {
            r.pos = pos;
            throw r.error(`in "strings": expected ',' or ']', found ${describeByte(b)}`);
          }
          pos++;
          if (done) break;
          continue;
        }
        if (b !== 0x22) {
          if (b === 0x5d && first) {
            pos++;
            done = true;
            break;
          }
          r.pos = pos;
          throw r.error(`in "strings": expected a string, found ${describeByte(b)}`);
        }
        let i = pos + 1;
        let high = 0;
        let escaped = false;
        while (i < end) {
          const c = buf[i];
          if (c === 0x22) break;
          if (c === 0x5c) {
            escaped = true;
            i += 2;
            continue;
          }
          if (c < 0x20) {
            r.pos = pos;
            throw r.error(`in "strings": raw control byte 0x${c.toString(16)} inside a string`, i);
          }
          high |= c;
          i++;
        }
        if (i >= end) break; // the string continues in the next chunk
        if (!escaped && high < 0x80) {
          if (textFor !== buf || textBase !== r.base || textEnd !== end) {
            // Slices need char index = byte index. UTF-8 decoding is ~8x faster and keeps
            // that whenever the length comes out equal (every char from exactly one byte);
            // otherwise decode each byte as one char.
            text = utf8Chunk.decode(buf.subarray(0, end));
            if (text.length !== end) text = bytesAsChars.decode(buf.subarray(0, end));
            textFor = buf;
            textBase = r.base;
            textEnd = end;
          }
          strings.push(text.slice(pos + 1, i));
        } else {
          strings.push(decodeJsonString(r, buf.subarray(pos, i + 1), pos));
        }
        pos = i + 1;
        expectString = false;
        first = false;
      }
      r.pos = pos;
      if (done) return;
      if (!(await r.fill())) {
        throw r.error('file ends inside "strings" (truncated snapshot?)', r.end);
      }
    }
  }

  /** Checks what needs all sections (string indexes, presence) and assembles the result. */
  private finish(): HeapSnapshot {
    const r = this.r;
    const l = this.layout;
    const endOffset = r.offset;
    if (!l) {
      throw new SnapshotParseError(
        r.path,
        endOffset,
        'not a V8 heap snapshot: no "snapshot" section with meta (node_fields, node_count, …)',
      );
    }
    for (const section of ["nodes", "edges", "strings"]) {
      if (!this.seen.has(section)) {
        throw new SnapshotParseError(
          r.path,
          endOffset,
          `not a complete heap snapshot: the "${section}" section is missing`,
        );
      }
    }
    const stringCount = this.strings.length;
    const nodeName = this.nodeName;
    for (let i = 0; this.maxNodeName >= stringCount && i < l.nodeCount; i++) {
      if (nodeName[i] >= stringCount) {
        throw new SnapshotParseError(
          r.path,
          this.stringsEnd,
          `node ${i} is named by string ${nodeName[i]}, but "strings" ends here after ` +
            `${stringCount} strings`,
        );
      }
    }
    const edgeType = this.edgeType;
    const edgeName = this.edgeNameOrIndex;
    const isIndex = Uint8Array.from(l.edgeTypeIsIndex, (b) => b ? 1 : 0);
    // Element and hidden edges hold indexes, not names: only when the largest value is out
    // of range are they told apart from the named edges.
    for (let e = 0; this.maxEdgeName >= stringCount && e < l.edgeCount; e++) {
      if (isIndex[edgeType[e]] === 0 && edgeName[e] >= stringCount) {
        throw new SnapshotParseError(
          r.path,
          this.stringsEnd,
          `edge ${e} is named by string ${edgeName[e]}, but "strings" ends here after ` +
            `${stringCount} strings`,
        );
      }
    }
    const n = this.locCount;
    return {
      path: r.path,
      meta: l.meta,
      nodeCount: l.nodeCount,
      edgeCount: l.edgeCount,
      nodeType: this.nodeType,
      nodeName: this.nodeName,
      nodeId: this.nodeId,
      nodeSelfSize: this.nodeSelfSize,
      firstEdge: this.firstEdge,
      edgeType: this.edgeType,
      edgeNameOrIndex: this.edgeNameOrIndex,
      edgeTo: this.edgeTo,
      strings: this.strings,
      locations: {
        count: n,
        nodeIndex: this.locNode.subarray(0, n),
        scriptId: this.locScript.subarray(0, n),
        line: this.locLine.subarray(0, n),
        column: this.locColumn.subarray(0, n),
      },
    };
  }
}
