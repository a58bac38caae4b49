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

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { CHUNK_BYTES, ChunkReader } from "./reader.ts";
import { describeByte, SnapshotParseError } from "./error.ts";
import { layoutFromHeader, type SnapshotLayout } from "./meta.ts";
import type { IntegerArrayScanner } from "./numbers.ts";
import { readIntegerArray, scanningReader } from "./array.ts";
import { type EdgeArrays, EdgesSplitReader } from "./edges_split.ts";
import { EdgeSink, LocationSink, NodeSink } from "./sinks.ts";
import { readStrings } from "./strings.ts";
import { StringTable } from "../graph/string_table.ts";

export { SnapshotParseError } from "./error.ts";

/** Options for `parseSnapshotFile`. */
export interface ParseOptions {
  /** Called after each chunk read with the bytes read so far and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Aborts the parse between chunks; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Bytes per read (default 4 MiB); tests use tiny chunks to exercise chunk boundaries. */
  chunkBytes?: number;
  /**
   * The integer scanner: "wasm" (default, faster) or "js", which is also used when
   * WebAssembly or its SIMD is unavailable (e.g. V8's --jitless). Both give identical results.
   */
  scanner?: "wasm" | "js";
  /**
   * Read chunks with `readSync` (~10% faster on a cached file; blocks the thread while
   * reading, so meant for workers). `signal` is then only checked between chunks.
   */
  syncReads?: boolean;
  /**
   * Parse the `edges` section in a second Worker while this thread parses `nodes` (the two
   * largest sections; ~40% less wall time when a core is free). Its arrays are transferred
   * here at the end. Falls back to one thread when the file is not laid out as V8 writes it.
   */
  edgesWorker?: boolean;
  /**
   * With `edgesWorker`: a port to an edges worker that an idle thread started (see
   * `startEdgesWorker`), instead of starting one from this thread. For parsers running in a
   * worker: Deno starts a worker from inside a worker much more slowly.
   */
  edgesPort?: MessagePort;
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
    // Opening a FIFO would wait for a writer forever (holding a thread): look before opening.
    const kind = await Deno.stat(path);
    if (kind.isDirectory) throw new Error("it is a directory, not a regular file");
    if (!kind.isFile) throw new Error("it is not a regular file but a pipe, socket or device");
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
    const chunkBytes = opts.chunkBytes ?? CHUNK_BYTES;
    const { reader, scanner, kind } = scanningReader(
      path,
      file,
      size,
      opts,
      chunkBytes,
      opts.scanner ?? "wasm",
    );
    return await new SnapshotLoader(reader, scanner, {
      edgesWorker: opts.edgesWorker === true,
      edgesPort: opts.edgesPort,
      chunkBytes,
      scanner: kind,
      signal: opts.signal,
    }).load();
  } finally {
    file.close();
  }
}

/** Builds one `HeapSnapshot` from a reader positioned at the start of the file. */
class SnapshotLoader {
  private layout?: SnapshotLayout;
  private readonly seen = new Set<string>();

  /** Created once the header gives the layout. */
  private sinks?: { nodes: NodeSink; locations: LocationSink };
  /** The edge arrays, from this thread's sink or from the edges worker. */
  private edges?: EdgeArrays;
  /** With `edgesWorker`: reads `edges` with a second worker. */
  private split?: EdgesSplitReader;
  private strings = StringTable.fromArray([]);
  /** Offset just past the `strings` array: where name-index errors point. */
  private stringsEnd = 0;

  constructor(
    private readonly r: ChunkReader,
    private readonly scanner: IntegerArrayScanner,
    private readonly opts: {
      edgesWorker: boolean;
      edgesPort?: MessagePort;
      chunkBytes: number;
      scanner: "wasm" | "js";
      signal?: AbortSignal;
    },
  ) {}

  async load(): Promise<HeapSnapshot> {
    try {
      return await this.loadSections();
    } catch (e) {
      // A later section's error must not hide one in the part of `edges` read by the worker.
      if (e instanceof SnapshotParseError) await this.split?.finish();
      throw e;
    } finally {
      this.split?.cancel();
    }
  }

  private async loadSections(): Promise<HeapSnapshot> {
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
      await r.peekNonSpace();
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
    this.edges = (await this.split?.finish()) ?? this.edges;
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
      this.layout = layout;
      if (this.opts.edgesWorker) {
        this.split = new EdgesSplitReader(r, this.scanner, layout, {
          port: this.opts.edgesPort,
          chunkBytes: this.opts.chunkBytes,
          scanner: this.opts.scanner,
          signal: this.opts.signal,
        });
      }
      this.sinks = {
        nodes: new NodeSink(layout),
        locations: new LocationSink(layout),
      };
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
        this.split?.start();
        await readIntegerArray(r, this.scanner, key, this.sinks!.nodes);
        return;
      case "edges": {
        const fromWorker = await this.split?.read(keyOffset);
        if (fromWorker === "pending") return; // merged after the last section
        if (fromWorker) {
          this.edges = fromWorker;
          return;
        }
        const sink = new EdgeSink(this.layout!);
        await readIntegerArray(r, this.scanner, key, sink);
        this.edges = sink;
        return;
      }
      case "locations":
        await readIntegerArray(r, this.scanner, key, this.sinks!.locations);
        return;
      case "strings":
        this.strings = await readStrings(r);
        this.stringsEnd = r.offset;
        return;
      default:
        await r.skipValue(`section "${key}"`);
    }
  }

  /** Checks what needs all sections (string indexes, presence) and assembles the result. */
  private finish(): HeapSnapshot {
    const r = this.r;
    const l = this.layout;
    const sinks = this.sinks;
    const endOffset = r.offset;
    if (!l || !sinks) {
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
    const { nodes, locations } = sinks;
    const edges = this.edges!;
    const nodeName = nodes.nodeName;
    for (let i = 0; nodes.maxName >= stringCount && i < l.nodeCount; i++) {
      if (nodeName[i] >= stringCount) {
        throw new SnapshotParseError(
          r.path,
          this.stringsEnd,
          `node ${i} is named by string ${nodeName[i]}, but "strings" ends here after ` +
            `${stringCount} strings`,
        );
      }
    }
    const edgeType = edges.edgeType;
    const edgeName = edges.edgeNameOrIndex;
    const isIndex = Uint8Array.from(l.edgeTypeIsIndex, (b) => b ? 1 : 0);
    // Element and hidden edges hold indexes, not names: only when the largest value is out
    // of range are they told apart from the named edges.
    for (let e = 0; edges.maxName >= stringCount && e < l.edgeCount; e++) {
      if (isIndex[edgeType[e]] === 0 && edgeName[e] >= stringCount) {
        throw new SnapshotParseError(
          r.path,
          this.stringsEnd,
          `edge ${e} is named by string ${edgeName[e]}, but "strings" ends here after ` +
            `${stringCount} strings`,
        );
      }
    }
    const n = locations.count;
    return {
      path: r.path,
      meta: l.meta,
      nodeCount: l.nodeCount,
      edgeCount: l.edgeCount,
      nodeType: nodes.nodeType,
      nodeName: nodes.nodeName,
      nodeId: nodes.nodeId,
      nodeSelfSize: nodes.nodeSelfSize,
      ...(nodes.nodeDetachedness ? { nodeDetachedness: nodes.nodeDetachedness } : {}),
      firstEdge: nodes.firstEdge,
      edgeType: edges.edgeType,
      edgeNameOrIndex: edges.edgeNameOrIndex,
      edgeTo: edges.edgeTo,
      strings: this.strings,
      locations: {
        count: n,
        nodeIndex: locations.nodeIndex.subarray(0, n),
        scriptId: locations.scriptId.subarray(0, n),
        line: locations.line.subarray(0, n),
        column: locations.column.subarray(0, n),
      },
    };
  }
}
