/**
 * One entry previewed as a debugger shows it: property values as the program set them, a
 * concatenated string's text from its parts, and a string built line by line (`log += line`,
 * parts nested as deep as its lines) shown as what it is, not followed down.
 */

import { previewOf, slicedFields, stringText } from "../../heap/analysis/preview.ts";
import { keptSliceFix } from "../../heap/analysis/suspect_text.ts";
import type { GrowthRecord } from "../../heap/analysis/growth.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import type { HeapSnapshot } from "../../heap/graph/snapshot.ts";
import { assertEquals } from "../support/assert.ts";

const NODE_TYPES = [
  "hidden",
  "array",
  "string",
  "object",
  "code",
  "closure",
  "regexp",
  "number",
  "native",
  "synthetic",
  "concatenated string",
  "sliced string",
];
const EDGE_TYPES = ["context", "element", "property", "internal", "hidden", "shortcut", "weak"];

/** Nodes as [type, name]; edges as [from, to, type, name]. */
function snapshot(
  nodes: [string, string][],
  edges: [number, number, string, string][],
): HeapSnapshot {
  const names = [...new Set([...nodes.map((n) => n[1]), ...edges.map((e) => e[3])])];
  const sorted = [...edges].sort((a, b) => a[0] - b[0]);
  const firstEdge = new Uint32Array(nodes.length + 1);
  for (const [from] of sorted) firstEdge[from + 1]++;
  for (let i = 0; i < nodes.length; i++) firstEdge[i + 1] += firstEdge[i];
  return {
    path: "preview",
    meta: {
      nodeFields: [],
      nodeTypes: NODE_TYPES,
      edgeFields: [],
      edgeTypes: EDGE_TYPES,
      locationFields: [],
    },
    nodeCount: nodes.length,
    edgeCount: sorted.length,
    nodeType: Uint8Array.from(nodes, ([t]) => NODE_TYPES.indexOf(t)),
    nodeName: Uint32Array.from(nodes, ([, n]) => names.indexOf(n)),
    nodeId: Uint32Array.from(nodes, (_, i) => i * 2 + 1),
    nodeSelfSize: new Uint32Array(nodes.length),
    firstEdge,
    edgeType: Uint8Array.from(sorted, (e) => EDGE_TYPES.indexOf(e[2])),
    edgeNameOrIndex: Uint32Array.from(sorted, (e) => names.indexOf(e[3])),
    edgeTo: Uint32Array.from(sorted, (e) => e[1]),
    strings: StringTable.fromArray(names),
    locations: {
      count: 0,
      nodeIndex: new Uint32Array(0),
      scriptId: new Uint32Array(0),
      line: new Uint32Array(0),
      column: new Uint32Array(0),
    },
  };
}

Deno.test("preview: values as set, a concatenated string from its parts, a deep one by its newest", () => {
  const nodes: [string, string][] = [
    ["object", "Object"], // 0: the entry
    ["string", "1796355896466"], // 1
    ["string", "1500"], // 2
    ["concatenated string", "(concatenated string)"], // 3 = 1 + 2
    ["object", "Array"], // 4
    ["number", "heap number"], // 5
  ];
  const edges: [number, number, string, string][] = [
    [0, 3, "property", "expiresAt"],
    [0, 4, "property", "dcs"],
    [0, 5, "property", "at"],
    [3, 1, "internal", "first"],
    [3, 2, "internal", "second"],
  ];
  // A log built line by line: 10,000 parts, each the previous text plus one more line.
  let previous = nodes.push(["string", "start"]) - 1;
  for (let k = 0; k < 10_000; k++) {
    const line = nodes.push(["string", `line ${k}`]) - 1;
    const joined = nodes.push(["concatenated string", "(concatenated string)"]) - 1;
    edges.push([joined, previous, "internal", "first"], [joined, line, "internal", "second"]);
    previous = joined;
  }
  edges.push([0, previous, "property", "log"]);
  const s = snapshot(nodes, edges);
  assertEquals(
    previewOf(s, typeCodes(s), 0),
    // Past the depth followed, the oldest parts read "…": the newest lines show.
    '{expiresAt: "17963558964661500", dcs: Array, at: number, log: "…line 9984line 9985line 998…"}',
  );
});

Deno.test("preview: a string joined from parts the snapshot does not keep shows the parts it does; Node's oddballs by value", () => {
  const nodes: [string, string][] = [
    ["object", "Object"], // 0: the entry
    ["sliced string", "(sliced string)"], // 1: a slice of a header: no text
    ["string", ";DOCVIEW"], // 2
    ["concatenated string", "(concatenated string)"], // 3 = 1 + 2
    ["sliced string", "(sliced string)"], // 4
    ["hidden", "system / Oddball"], // 5: Node 20's true
    ["string", "true"], // 6
    ["string", "boolean"], // 7
  ];
  const edges: [number, number, string, string][] = [
    [0, 3, "property", "key"],
    [0, 4, "property", "value"],
    [0, 5, "property", "secure"],
    [3, 1, "internal", "first"],
    [3, 2, "internal", "second"],
    [5, 6, "hidden", "0"],
    [5, 7, "hidden", "1"],
  ];
  const s = snapshot(nodes, edges);
  assertEquals(
    previewOf(s, typeCodes(s), 0),
    '{key: "…;DOCVIEW", value: (sliced string), secure: true}',
  );
});

Deno.test("a sliced string reads as the one token of its parent a slice can be, else as unknown", () => {
  const nodes: [string, string][] = [
    ["sliced string", "(sliced string)"], // 0: m[1] of the path
    ["string", "http://lns.local/gateways/gw-7276ff0001/uplinks"], // 1
    ["sliced string", "(sliced string)"], // 2: a part of a JSON body
    ["string", '{"device":"70b3d57ed005a1c2","gateway":"gw-7276ff0001"}'], // 3
    ["sliced string", "(sliced string)"], // 4: no token is long enough to be a slice
    ["string", "/a/b/c?d=e&f=g#short-hash"], // 5
  ];
  const edges: [number, number, string, string][] = [
    [0, 1, "internal", "parent"],
    [2, 3, "internal", "parent"],
    [4, 5, "internal", "parent"],
  ];
  const s = snapshot(nodes, edges);
  const codes = typeCodes(s);
  // V8 slices only substrings of 13 characters or more: of the path, one token is that long.
  assertEquals(stringText(s, codes, 0, 40), "gw-7276ff0001");
  // Two such tokens: which one is the slice, the snapshot does not say.
  assertEquals(stringText(s, codes, 2, 40), undefined);
  assertEquals(stringText(s, codes, 4, 40), undefined);
});

Deno.test("preview: a slice says how big the string it keeps is, a typed array its buffer", () => {
  const nodes: [string, string][] = [
    ["object", "Object"], // 0: the entry
    ["sliced string", "(sliced string)"], // 1: the title, cut from the page
    ["string", "<html>" + "x".repeat(40_000)], // 2: the page
    ["object", "Uint8Array"], // 3: a 384-byte strip of the raster
    ["object", "ArrayBuffer"], // 4
    ["native", "system / JSArrayBufferData"], // 5: the raster's 36 KB
  ];
  const edges: [number, number, string, string][] = [
    [0, 1, "property", "title"],
    [0, 3, "property", "strip"],
    [1, 2, "internal", "parent"],
    [3, 4, "internal", "buffer"],
    [4, 5, "internal", "backing_store"],
  ];
  const s = snapshot(nodes, edges);
  s.nodeSelfSize.set([32, 32, 40_024, 96, 88, 36_864]);
  assertEquals(
    previewOf(s, typeCodes(s), 0),
    "{title: (part of a 39.1 KB string), strip: Uint8Array (buffer 36.0 KB)}",
  );
  // The entry's fields that keep the page, and the fix that says so when the page is most of it.
  const slices = slicedFields(s, typeCodes(s), 0);
  assertEquals(slices, { fields: ["title"], parentBytes: 40_024 });
  const record = { slices } as GrowthRecord;
  const entry = { name: "{title, strip}", count: 200, keeps: [] };
  assertEquals(
    keptSliceFix(record, { ...entry, bytesEach: 41_000 }),
    "each entry's .title is a slice of a 39.1 KB string (what it was cut from), and V8 keeps a " +
      "slice as a view of the whole string, so each entry keeps all of it. Store copies of the " +
      "parts (structuredClone(part) makes a new string), and bound the collection if entries " +
      "should not stay for good",
  );
  assertEquals(keptSliceFix(record, { ...entry, bytesEach: 200_000 }), undefined);
  // Small ones say nothing more.
  s.nodeSelfSize.set([32, 32, 512, 96, 88, 384]);
  assertEquals(slicedFields(s, typeCodes(s), 0), undefined);
  assertEquals(previewOf(s, typeCodes(s), 0), "{title: (sliced string), strip: Uint8Array}");
});

Deno.test("preview: a function as what its own scope keeps, not the scopes around it", () => {
  const nodes: [string, string][] = [
    ["closure", ""], // 0: the entry, an anonymous callback
    ["object", "system / Context"], // 1: its scope
    ["object", "URL"], // 2
    ["closure", "resolve"], // 3
    ["object", "system / Context"], // 4: the module's scope, every callback's
    ["string", "T12"], // 5
  ];
  const edges: [number, number, string, string][] = [
    [0, 1, "internal", "context"],
    [1, 2, "context", "url"],
    [1, 3, "context", "resolve"],
    [1, 5, "context", "table"],
    [1, 4, "internal", "previous"],
    [4, 2, "context", "menuCatalog"],
  ];
  const s = snapshot(nodes, edges);
  assertEquals(
    previewOf(s, typeCodes(s), 0),
    'anonymous() over {url: URL, resolve: resolve(), table: "T12"}',
  );
  // A function that closes over nothing of its own has no preview.
  const bare = snapshot([["closure", "tick"]], []);
  assertEquals(previewOf(bare, typeCodes(bare), 0), undefined);
});
