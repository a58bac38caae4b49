/**
 * The streaming snapshot parser on real snapshots that this test captures from small Deno
 * and Node programs (checked field by field against a whole-file `JSON.parse` of the same
 * small file), on chunk boundaries, and on each kind of bad input it must name precisely.
 */

import { parseSnapshotFile, SnapshotParseError } from "../../../heap/parse/parse.ts";
import { WasmNumberScanner } from "../../../heap/parse/numbers_wasm.ts";
import { freeNow } from "../../../heap/graph/free_now.ts";
import type { HeapSnapshot } from "../../../heap/graph/snapshot.ts";
import { assert, assertEquals, assertRejects } from "../../support/assert.ts";
import { captureSnapshot, requireNode, type Runtime } from "../../support/capture_inprocess.ts";
import { checkInvariants, snapshotText, stringArray } from "../support/snapshot_fixtures.ts";
import { startInspectTarget } from "../../support/inspect_target.ts";
import { InspectorSession } from "../../../inspector/mod.ts";

const THINGS = 1234;
// V8 writes characters outside the BMP wrongly (as one \\uXXXX of the low bits), so the
// real-snapshot string stays in the BMP; surrogate pairs are tested on a synthetic file.
const WEIRD = 'UNIQUE-h\\u00e9llo \\"quoted\\"\\n\\ttab \\u4e2d \\\\ back';
const WEIRD_VALUE: string = JSON.parse(`"${WEIRD}"`);
const BODY = [
  "class LeakyThing { constructor(i) { this.i = i; this.label = 'thing' + i; } }",
  "function makeHandler(n) {",
  "  return function knownClosure() { return n; };",
  "}",
  "globalThis.things = [];",
  `for (let i = 0; i < ${THINGS}; i++) globalThis.things.push(new LeakyThing(i));`,
  "globalThis.handler = makeHandler(7);",
  `globalThis.weird = ["${WEIRD}"];`,
].join("\n");
/** 0-based line of `knownClosure` in the program (the body starts on line 1). */
const CLOSURE_LINE = 1 + BODY.split("\n").findIndex((l) => l.includes("knownClosure"));

const dir = await Deno.makeTempDir({ prefix: "heap_parse_test_" });
globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
const captured = new Map<Runtime, Promise<string>>();
function snapshotOf(runtime: Runtime): Promise<string> {
  if (!captured.has(runtime)) captured.set(runtime, captureSnapshot(runtime, BODY, dir));
  return captured.get(runtime)!;
}

/** Checks every parsed array against a whole-file JSON.parse of the same (small) file. */
function assertMatchesJsonParse(s: HeapSnapshot, text: string): void {
  const j = JSON.parse(text);
  const meta = j.snapshot.meta;
  const nf: string[] = meta.node_fields;
  const nfc = nf.length;
  assertEquals(s.nodeCount, j.snapshot.node_count, "nodeCount = meta node_count");
  assertEquals(s.edgeCount, j.snapshot.edge_count, "edgeCount = meta edge_count");
  assertEquals(s.nodeCount * nfc, j.nodes.length, "nodes array length");
  assertEquals(s.meta.nodeFields, nf);
  assertEquals(s.meta.nodeTypes, meta.node_types[0]);
  assertEquals(s.meta.edgeTypes, meta.edge_types[0]);
  const [t, n, id, size, ec] = ["type", "name", "id", "self_size", "edge_count"].map((f) =>
    nf.indexOf(f)
  );
  let first = 0;
  for (let i = 0; i < s.nodeCount; i++) {
    const o = i * nfc;
    if (
      s.nodeType[i] !== j.nodes[o + t] || s.nodeName[i] !== j.nodes[o + n] ||
      s.nodeId[i] !== j.nodes[o + id] || s.nodeSelfSize[i] !== j.nodes[o + size] ||
      s.firstEdge[i] !== first
    ) throw new Error(`node ${i} differs from JSON.parse`);
    first += j.nodes[o + ec];
  }
  assertEquals(s.firstEdge[s.nodeCount], first, "firstEdge[nodeCount]");
  for (let e = 0; e < s.edgeCount; e++) {
    if (
      s.edgeType[e] !== j.edges[e * 3] || s.edgeNameOrIndex[e] !== j.edges[e * 3 + 1] ||
      s.edgeTo[e] * nfc !== j.edges[e * 3 + 2]
    ) throw new Error(`edge ${e} differs from JSON.parse`);
  }
  assertEquals(s.strings.length, j.strings.length, "string count");
  for (let i = 0; i < s.strings.length; i++) {
    if (s.strings.get(i) !== j.strings[i] || !s.strings.equals(i, j.strings[i])) {
      throw new Error(`string ${i} differs from JSON.parse`);
    }
  }
  const lf: string[] = meta.location_fields;
  assertEquals(s.locations.count * lf.length, j.locations.length, "location rows");
  for (let r = 0; r < s.locations.count; r++) {
    const o = r * lf.length;
    if (
      s.locations.nodeIndex[r] * nfc !== j.locations[o + lf.indexOf("object_index")] ||
      s.locations.scriptId[r] !== j.locations[o + lf.indexOf("script_id")] ||
      s.locations.line[r] !== j.locations[o + lf.indexOf("line")] ||
      s.locations.column[r] !== j.locations[o + lf.indexOf("column")]
    ) throw new Error(`location ${r} differs from JSON.parse`);
  }
}

function nodesNamed(s: HeapSnapshot, type: string, name: string): number[] {
  const t = s.meta.nodeTypes.indexOf(type);
  const out: number[] = [];
  for (let i = 0; i < s.nodeCount; i++) {
    if (s.nodeType[i] === t && s.strings.equals(s.nodeName[i], name)) out.push(i);
  }
  return out;
}

for (const runtime of ["deno", "node"] as const) {
  Deno.test({
    name: `parses a real ${runtime} snapshot exactly like JSON.parse and finds what it allocated`,
    async fn() {
      if (runtime === "node") await requireNode();
      const file = await snapshotOf(runtime);
      const s = await parseSnapshotFile(file);
      assertMatchesJsonParse(s, await Deno.readTextFile(file));
      checkInvariants(s);
      assertEquals(nodesNamed(s, "object", "LeakyThing").length, THINGS, "LeakyThing instances");
      assert(
        stringArray(s.strings).includes(WEIRD_VALUE),
        "escaped, non-ASCII and surrogate-pair string",
      );
      if (runtime === "node") assert(s.meta.nodeFields.includes("trace_node_id"), "Node layout");
      else assert(!s.meta.nodeFields.includes("trace_node_id"), "Deno layout");

      const closures = nodesNamed(s, "closure", "knownClosure");
      assertEquals(closures.length, 1, "one knownClosure");
      const row = Array.from(s.locations.nodeIndex).indexOf(closures[0]);
      assert(row >= 0, "knownClosure has a location");
      assertEquals(s.locations.line[row], CLOSURE_LINE, "knownClosure's 0-based line");
    },
  });
}

for (const runtime of ["deno", "node"] as const) {
  Deno.test({
    name:
      `parses a ${runtime} snapshot captured over the inspector: the leaking array and its entries`,
    async fn() {
      if (runtime === "node") await requireNode();
      const script = new URL(
        `../../support/leaky_target.${runtime === "deno" ? "ts" : "mjs"}`,
        import.meta.url,
      ).pathname;
      const target = await startInspectTarget({
        runtime,
        script,
        withHttpPort: true,
        readyPath: "/stats",
      });
      let session: InspectorSession | undefined;
      try {
        await (await fetch(`http://127.0.0.1:${target.httpPort}/grow?n=1500`)).body?.cancel();
        session = await InspectorSession.connect({ port: target.inspectPort });
        const file = `${dir}/inspector-${runtime}.heapsnapshot`;
        await session.captureSnapshot(file);
        const s = await parseSnapshotFile(file);
        assertMatchesJsonParse(s, await Deno.readTextFile(file));
        checkInvariants(s);
        // The module-level `leakedRecords` hangs off a context by a context edge named after
        // it; the array it names has an element edge per record.
        const context = s.meta.edgeTypes.indexOf("context");
        const element = s.meta.edgeTypes.indexOf("element");
        const named = stringArray(s.strings).indexOf("leakedRecords");
        let entries = -1;
        for (let e = 0; e < s.edgeCount; e++) {
          if (s.edgeType[e] !== context || s.edgeNameOrIndex[e] !== named) continue;
          const array = s.edgeTo[e];
          entries = 0;
          for (let k = s.firstEdge[array]; k < s.firstEdge[array + 1]; k++) {
            if (s.edgeType[k] === element) entries++;
          }
        }
        assert(entries >= 1500, `leakedRecords has ${entries} element edges`);
      } finally {
        await session?.close();
        await target.stop();
      }
    },
  });
}

Deno.test("gives the same result for any chunk size and either scanner", async () => {
  const file = await snapshotOf("deno");
  const whole = await parseSnapshotFile(file);
  for (const [chunkBytes, scanner] of [[4093, "wasm"], [65536, "wasm"], [4 << 20, "js"]] as const) {
    const s = await parseSnapshotFile(file, { chunkBytes, scanner });
    assertEquals(
      stringArray(s.strings),
      stringArray(whole.strings),
      `strings at chunk ${chunkBytes} (${scanner})`,
    );
    for (const key of ["nodeName", "nodeId", "firstEdge", "edgeTo", "edgeNameOrIndex"] as const) {
      assert(
        s[key].every((v, i) => v === whole[key][i]),
        `${key} at chunk ${chunkBytes} (${scanner})`,
      );
    }
  }
  // Byte-sized reads on a small synthetic snapshot: every token is split somewhere.
  const small = `${dir}/small.heapsnapshot`;
  const longString = "long string ".repeat(9);
  await Deno.writeTextFile(
    small,
    snapshotText({ rawStrings: `["", "a\\u00e9b\\ud83c\\udf89\\"", "${longString}", "\u4e2d"]` }),
  );
  const reference = await parseSnapshotFile(small);
  for (const chunkBytes of [1, 2, 3, 5]) {
    const s = await parseSnapshotFile(small, {
      chunkBytes,
      scanner: chunkBytes === 3 ? "js" : "wasm",
    });
    assertEquals(stringArray(s.strings), stringArray(reference.strings));
    assertEquals(Array.from(s.edgeTo), Array.from(reference.edgeTo));
    assertEquals(Array.from(s.nodeSelfSize), Array.from(reference.nodeSelfSize));
  }
  assertEquals(stringArray(reference.strings), ["", 'a\u00e9b\u{1f389}"', longString, "\u4e2d"]);
});

Deno.test("edges parsed by a second worker: the same graph, in arrays the analysis can free early", async () => {
  for (const runtime of ["deno", "node"] as const) {
    if (runtime === "node") await requireNode();
    const file = await snapshotOf(runtime);
    const whole = await parseSnapshotFile(file);
    for (const chunkBytes of [4093, 4 << 20]) {
      const s = await parseSnapshotFile(file, { edgesWorker: true, chunkBytes });
      for (
        const key of [
          "nodeType",
          "nodeName",
          "nodeId",
          "nodeSelfSize",
          "firstEdge",
          "edgeType",
          "edgeNameOrIndex",
          "edgeTo",
        ] as const
      ) {
        assert(s[key].every((v, i) => v === whole[key][i]), `${key} (${runtime}, ${chunkBytes})`);
        // Moved here from the edges worker, not shared: detaching frees them.
        assert(s[key].buffer instanceof ArrayBuffer, `${key} is a plain ArrayBuffer`);
        freeNow(s[key]);
        assert(s[key].buffer.detached, `${key} was freed`);
      }
      assertEquals(s.strings, whole.strings);
      assertEquals(Array.from(s.locations.line), Array.from(whole.locations.line));
    }
  }
  // Not laid out as V8 writes it (strings between nodes and edges): read on one thread.
  const file = `${dir}/reordered.heapsnapshot`;
  await Deno.writeTextFile(
    file,
    snapshotText({ order: ["snapshot", "nodes", "strings", "edges"] }),
  );
  const s = await parseSnapshotFile(file, { edgesWorker: true });
  const reference = await parseSnapshotFile(file);
  assertEquals(Array.from(s.edgeTo), Array.from(reference.edgeTo));
});

Deno.test("reads integers of every length, with any JSON whitespace, at any alignment", async () => {
  const sizes = [0, 7, 12, 123, 1234, 12345, 123456, 1234567, 12345678, 123456789, 4294967295];
  const file = `${dir}/numbers.heapsnapshot`;
  for (let i = 0; i < sizes.length; i++) {
    const [a, b, c] = [sizes[i], sizes[(i + 4) % sizes.length], sizes[(i + 7) % sizes.length]];
    const nodes = [9, 0, 1, a, 2, 3, 1, 3, b, 1, 3, 2, 5, c, 0];
    const spaced = i % 2 === 1;
    let text = snapshotText({ nodes });
    if (spaced) text = text.replace(/"nodes":\[[^\]]*\]/, `"nodes":[ ${nodes.join(" ,\n\t")}\r\n]`);
    await Deno.writeTextFile(file, text);
    for (const chunkBytes of [1, 3, 8, 9, 4096]) {
      const s = await parseSnapshotFile(file, { chunkBytes });
      assertEquals(
        Array.from(s.nodeSelfSize),
        [a, b, c],
        `sizes, spaced ${spaced}, chunk ${chunkBytes}`,
      );
      assertEquals(Array.from(s.nodeId), [1, 3, 5]);
    }
  }
});

Deno.test("reads a string far longer than one read (the buffer grows for it)", async () => {
  const long = "x".repeat(300_000) + "\u00e9\n" + "y".repeat(300_000);
  const file = `${dir}/long.heapsnapshot`;
  await Deno.writeTextFile(file, snapshotText({ strings: ["", long, "b", long.slice(1)] }));
  for (const chunkBytes of [4096, 1 << 20]) {
    const s = await parseSnapshotFile(file, { chunkBytes });
    assert(s.strings.get(1) === long && s.strings.get(3) === long.slice(1), `chunk ${chunkBytes}`);
  }
  // Strings first: the numbers after them are scanned from the grown (non-WebAssembly) buffer.
  const order = ["snapshot", "strings", "nodes", "edges", "locations"];
  await Deno.writeTextFile(file, snapshotText({ strings: ["", long, "b", "c"], order }));
  const s = await parseSnapshotFile(file, { chunkBytes: 4096 });
  assertEquals(Array.from(s.edgeTo), [1, 2, 2]);
  assertEquals(Array.from(s.nodeSelfSize), [0, 40, 32]);
});

Deno.test("skips sections it does not know, whatever their JSON value", async () => {
  const file = `${dir}/extra.heapsnapshot`;
  const extra = '"future":{"a":[1,{"b":"]}\\""}]},"flag":true,"n":-1.5e3,"s":"x"';
  const text = snapshotText().replace('"nodes":', `${extra},"nodes":`).replace(
    /}$/,
    ',"last":null}',
  );
  await Deno.writeTextFile(file, text);
  const s = await parseSnapshotFile(file, { chunkBytes: 7 });
  assertEquals(s.nodeCount, 3);
  assertEquals(stringArray(s.strings), ["", "a", "b", "c"]);
});

Deno.test("reports progress up to the file size and stops on abort", async () => {
  await requireNode(); // the Node snapshot is large enough for the edges worker to split
  const file = await snapshotOf("node");
  const size = (await Deno.stat(file)).size;
  for (const edgesWorker of [false, true]) {
    const seen: number[] = [];
    await parseSnapshotFile(file, {
      chunkBytes: 1 << 16,
      edgesWorker,
      onProgress: (read, total) => {
        assertEquals(total, size);
        seen.push(read);
      },
    });
    assert(seen.length >= 2, "several progress calls");
    assert(seen.every((v, i) => i === 0 || v > seen[i - 1]), `progress grows (${edgesWorker})`);
    assertEquals(seen.at(-1), size);

    const controller = new AbortController();
    const err = await assertRejects(
      () =>
        parseSnapshotFile(file, {
          chunkBytes: 1 << 16,
          edgesWorker,
          signal: controller.signal,
          onProgress: (read) => read > 100_000 && controller.abort(),
        }),
      DOMException,
    );
    assertEquals(err.name, "AbortError");
  }
});

/** Parses `text` written to a file; expects a SnapshotParseError mentioning `includes`. */
async function expectParseError(
  text: string,
  includes: string,
  offset?: number | ((text: string) => number),
): Promise<SnapshotParseError> {
  const file = `${dir}/bad.heapsnapshot`;
  await Deno.writeTextFile(file, text);
  const err = await assertRejects(() => parseSnapshotFile(file), SnapshotParseError, includes);
  assertEquals(err.file, file);
  assert(err.message.startsWith(`${file}: byte ${err.offset}: `), err.message);
  const want = typeof offset === "function" ? offset(text) : offset;
  if (want !== undefined) assertEquals(err.offset, want, `offset of: ${err.message}`);
  // With the edges section read by a second worker: the same error at the same byte.
  const split = await assertRejects(
    () => parseSnapshotFile(file, { edgesWorker: true }),
    SnapshotParseError,
  );
  assertEquals(split.message, err.message, "the same error with edgesWorker");
  return err;
}

Deno.test("bad input: not JSON, JSON that is not a snapshot, missing file", async () => {
  await expectParseError("hello", "expected '{' starting a V8 heap snapshot", 0);
  await expectParseError("  [1,2,3]", "expected '{'", 2);
  await expectParseError("", "found end of file", 0);
  await expectParseError('{"name":"package","version":"1.0.0"}', 'no "snapshot" section', 36);
  await expectParseError("{}", "the JSON object is empty", 1);
  await expectParseError('{"snapshot":{}}', 'expected "snapshot.meta" to be an object', 1);
  await expectParseError(
    snapshotText().replace('"nodes"', '"nodez"'),
    'the "nodes" section is missing',
  );
  await expectParseError(snapshotText() + "x", "after the snapshot's closing '}'");
  const err = await assertRejects(
    () => parseSnapshotFile(`${dir}/does-not-exist.heapsnapshot`),
    SnapshotParseError,
    "cannot open the file",
  );
  assertEquals(err.offset, 0);
  await assertRejects(() => parseSnapshotFile(dir), SnapshotParseError, "not a regular file");
});

Deno.test("bad input: truncated real snapshot names the end of the file", async () => {
  const text = await Deno.readTextFile(await snapshotOf("deno"));
  // Cut inside "nodes": the header's counts already need more bytes than are left.
  const inNodes = text.slice(0, text.indexOf('"edges":') - 100);
  await expectParseError(inNodes, "but the file has only", 1);
  const edges = text.indexOf('"edges":'), after = text.indexOf('"trace_function_infos":');
  const inEdges = text.slice(0, after - Math.floor((after - edges) / 4));
  await expectParseError(inEdges, 'file ends inside "edges"', inEdges.length);
  const inStrings = text.slice(0, text.length - 10);
  await expectParseError(inStrings, 'file ends inside "strings"', inStrings.length);
  await expectParseError(text.slice(0, -1), "expected ',' or '}' after section \"strings\"");
  await expectParseError(text.slice(0, 300), 'file ends inside the "snapshot" header');
});

Deno.test("bad input: meta that is missing, inconsistent or from an unknown layout", async () => {
  await expectParseError(
    snapshotText({ nodeFields: ["type", "id", "self_size", "edge_count"] }),
    'unsupported V8 layout: meta.node_fields [type,id,self_size,edge_count] lacks "name"',
  );
  await expectParseError(
    snapshotText({ edgeFields: ["type", "name_or_index"] }),
    'lacks "to_node"',
  );
  await expectParseError(snapshotText({ nodeCount: 4 }), "meta.node_count 4 × 5 node fields = 20");
  await expectParseError(snapshotText({ nodeCount: 2 }), "more numbers than meta.node_count 2");
  await expectParseError(
    snapshotText({ edgeCount: 2 }),
    "add up to 3, more than meta.edge_count 2",
  );
  await expectParseError(snapshotText({ edgeCount: 1000 }), "need at least 6030 bytes");
  await expectParseError(
    snapshotText({ header: '{"meta":{"node_fields":"type"},"node_count":1,"edge_count":0}' }),
    '"snapshot.meta.node_fields" to be an array of strings',
  );
  await expectParseError(
    snapshotText({ order: ["nodes", "snapshot", "edges", "strings"] }),
    'expected the "snapshot" section (with meta) before "nodes"',
  );
});

Deno.test("bad input: edges past the nodes, bad numbers, bad strings, at the exact byte", async () => {
  // to_node 15 = 3 nodes × 5 fields: one past the last node.
  await expectParseError(
    snapshotText({ edges: [1, 0, 5, 2, 1, 15, 1, 1, 10] }),
    "edge 1 points to nodes offset 15, which is not the start of one of the 3 nodes",
    (t) => t.indexOf("15", t.indexOf('"edges"')),
  );
  await expectParseError(
    snapshotText({ edges: [1, 0, 5, 2, 1, 7, 1, 1, 10] }),
    "nodes offset 7",
    (t) => t.indexOf(",7,", t.indexOf('"edges"')) + 1,
  );
  await expectParseError(
    snapshotText({ edges: [1, 0, 5, 9, 1, 10, 1, 1, 10] }),
    "edge 1 has type 9",
  );
  await expectParseError(
    snapshotText().replace('"nodes":[', '"nodes":[-'),
    'in "nodes": expected a digit',
    (t) => t.indexOf("-"),
  );
  await expectParseError(
    snapshotText().replace('"nodes":[', '"nodes":[,'),
    'in "nodes": expected a number',
  );
  await expectParseError(snapshotText().replace(/"edges":\[1,/, '"edges":[1 1,'), "expected ','");
  await expectParseError(
    snapshotText().replace('"nodes":[', '"nodes":[99999999999,'),
    "number larger than 4294967295",
  );
  await expectParseError(snapshotText({ strings: ["", "a"] }), "named by string 2");
  await expectParseError(
    snapshotText({ rawStrings: '["", "a\\x", "b", "c"]' }),
    "invalid JSON string",
    (t) => t.indexOf('"a\\x"'),
  );
  await expectParseError(
    snapshotText({ rawStrings: '["", "a\n", "b", "c"]' }),
    "raw control byte 0xa inside a string",
  );
  await expectParseError(
    snapshotText({ locations: [0, 1, 2] }),
    '"locations" ends inside a row',
  );
  await expectParseError(
    snapshotText({ locations: [4, 1, 2, 3] }),
    "location 0 refers to nodes offset 4",
  );
});

Deno.test("WebAssembly scanner: numbers up to the last byte of its memory", () => {
  // 16 output slots (64 bytes) + 65472 input bytes fill exactly one 64 KiB page, so the
  // input's end is the memory's end. 8-byte "1234567," items let the 8-byte fast path
  // consume the very last byte: the scan must then stop, not read past the memory.
  const scanner = new WasmNumberScanner(16, 65536 - 64);
  const text = new TextEncoder().encode("1234567,".repeat(8184));
  assertEquals(text.length, scanner.inputBuffer.length);
  scanner.inputBuffer.set(text);
  scanner.reset();
  let total = 0;
  for (let pos = 0; pos < text.length;) {
    scanner.count = 0;
    pos = scanner.scan(scanner.inputBuffer, pos, text.length);
    assertEquals(scanner.error, 0);
    assert(scanner.batch.subarray(0, scanner.count).every((v) => v === 1234567));
    total += scanner.count;
  }
  assertEquals(total, 8184);
  assertEquals(scanner.done, false);
});
