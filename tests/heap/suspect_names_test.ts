/**
 * Suspects' names: a timer pool stored in a field of each object is named by the class whose
 * code stores it; a path only the runtime's roots reach, through a property the program put on
 * a runtime object under its own symbol, is named from that object.
 */

import { nameOf, suspectName, withProgramSymbol } from "../../heap/analysis/suspect_names.ts";
import type { GrowthRecord, NamedPath } from "../../heap/analysis/growth.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assertEquals } from "../support/assert.ts";
import { runtimeObjectName } from "../../heap/analysis/suspects.ts";

Deno.test("a timer stored in this.#field is named by its class: Poller.#timer", () => {
  const url = "file:///p/poller.cjs";
  const source = [
    "class Poller {", // 1
    "  #timer = null;", // 2
    "  start() {", // 3
    "    this.#timer = setInterval(() => this.#tick(), this.intervalMs);", // 4
    "  }", // 5
    "}", // 6
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const r = {
    timer: { kind: "setInterval", callbackName: "(anonymous)", captured: [], capturedClasses: [] },
  } as unknown as GrowthRecord;
  const start = { location: sourceLocation(url, 4, 5), text: source.split("\n")[3].trim() };
  const named = suspectName(r, nameOf(undefined, sources), "timers", { start }, sources);
  assertEquals([named.name, named.path], ["Poller.#timer (setInterval timers)", "Poller.#timer"]);
});

Deno.test("a runtime object's property under the program's own symbol makes the path the program's", () => {
  const path: NamedPath = {
    root: "runtime",
    steps: [
      { node: "(synthetic)", nodeId: 1 },
      { node: "(GC roots)", nodeId: 3, edge: "[1]", edgeType: "element" },
      { node: "(Global handles)", nodeId: 29, edge: "[13]", edgeType: "element" },
      { node: "process", nodeId: 6325, edge: "141", edgeType: "internal" },
      {
        node: "{seen, silent}",
        nodeId: 44891,
        edge: "<symbol deprecation-notice.state>",
        edgeType: "property",
      },
      { node: "Map", nodeId: 44893, edge: "seen", edgeType: "property" },
    ],
  };
  const program: [string, string][] = [[
    "file:///p/node_modules/deprecation-notice/index.js",
    'const kState = Symbol.for("deprecation-notice.state");\n',
  ]];
  const anchored = withProgramSymbol(path, program);
  assertEquals(anchored?.anchor, 3);
  assertEquals(nameOf(anchored, program).text, "process[Symbol(deprecation-notice.state)].seen");
  // A symbol the program never makes is the runtime's own.
  assertEquals(withProgramSymbol(path, [["file:///p/app.js", "export {};\n"]]), path);
});

Deno.test("growth inside a runtime object the program names: named by the program's name for it", () => {
  const record = {
    path: {
      root: "module",
      steps: [
        { node: "system / Context", nodeId: 1 },
        { node: "ReadableStream", nodeId: 2, edge: "analyticsFeed", edgeType: "context" },
        {
          node: "ReadableStreamDefaultController",
          nodeId: 3,
          edge: "<symbol [[controller]]>",
          edgeType: "property",
        },
        { node: "Queue", nodeId: 4, edge: "<symbol [[queue]]>", edgeType: "property" },
        { node: "{value, size, next}", nodeId: 5, edge: "#tail", edgeType: "property" },
      ],
      runtimeObject: 1,
    },
  } as unknown as GrowthRecord;
  const feed = { name: "analyticsFeed", owner: "analyticsFeed" };
  assertEquals(runtimeObjectName(record, "linked list", []), feed);
  assertEquals(runtimeObjectName(record, "listeners", []), undefined);
  const plain = { path: { ...record.path, runtimeObject: undefined } } as unknown as GrowthRecord;
  assertEquals(runtimeObjectName(plain, "array", []), undefined);
});

Deno.test("a runtime object's public properties stay in its name; its internals do not", () => {
  const record = (steps: { node: string; edge: string }[]) =>
    ({
      path: {
        root: "module",
        steps: [
          { node: "system / Cell", nodeId: 1 },
          { node: "Agent", nodeId: 2, edge: "brochureAgent", edgeType: "context" },
          ...steps.map((s, k) => ({ ...s, nodeId: 3 + k, edgeType: "property" })),
        ],
        runtimeObject: 1,
      },
    }) as unknown as GrowthRecord;
  // The Agent's documented table, under a key that is an origin.
  const sockets = record([
    { node: "Object (dictionary)", edge: "sockets" },
    { node: "Array", edge: "127.0.0.1:8080:" },
  ]);
  assertEquals(runtimeObjectName(sockets, "array", []), {
    name: 'brochureAgent.sockets["127.0.0.1:8080:"]',
    owner: "brochureAgent",
  });
  // Underscored and symbol-keyed properties are its internals: the name stops before them.
  const internal = record([
    { node: "Object", edge: "_state" },
    { node: "Array", edge: "queue" },
  ]);
  assertEquals(runtimeObjectName(internal, "array", [])?.name, "brochureAgent");
  const symbol = record([
    { node: "Object", edge: "requests" },
    { node: "Array", edge: "<symbol kPending>" },
  ]);
  assertEquals(runtimeObjectName(symbol, "array", [])?.name, "brochureAgent.requests");
});

Deno.test("an index in a holder's name is not one of its names (week[2][18] is week's)", () => {
  const path: NamedPath = {
    root: "module",
    steps: [
      { node: "system / Context", nodeId: 1 },
      { node: "Array", nodeId: 2, edge: "week", edgeType: "context" },
      { node: "Array", nodeId: 3, edge: "[2]", edgeType: "element" },
      { node: "Array", nodeId: 4, edge: "[18]", edgeType: "element" },
    ],
  };
  const named = nameOf(path, []);
  assertEquals(named.text, "week[2][18]");
  assertEquals(named.segments, ["week"]);
});

Deno.test("a package's bookkeeping behind its own symbol reads as the property the program uses", () => {
  const program: [string, string][] = [[
    "file:///app/board.ts",
    "class Board {\n  trips = new Map();\n  add(t) { this.trips.set(t.id, t); }\n}",
  ], ["file:///app/node_modules/mobx/index.js", 'const $adm = Symbol("mobx administration");']];
  const steps = (key: string) => [
    { node: "system / Context", nodeId: 1 },
    { node: "Board", nodeId: 2, edge: "board", edgeType: "context" },
    {
      node: "Administration",
      nodeId: 3,
      edge: "<symbol mobx administration>",
      edgeType: "property",
    },
    { node: "Map", nodeId: 4, edge: "values_", edgeType: "property" },
    { node: "ObservableValue", nodeId: 5, edge: "7", edgeType: "internal", key },
    { node: "Map", nodeId: 6, edge: "data_", edgeType: "property" },
  ];
  assertEquals(nameOf({ root: "module", steps: steps('"trips"') }, program).text, "board.trips");
  // A key the program never reads as a property of the object: the path as it is.
  assertEquals(
    nameOf({ root: "module", steps: steps('"stops"') }, program).text.includes("Symbol"),
    true,
  );
  // The program's own symbol is a name it wrote.
  const own: [string, string][] = [[
    "file:///app/board.ts",
    'const $adm = Symbol("mobx administration");\nclass Board { x() { this.trips; } }',
  ]];
  assertEquals(
    nameOf({ root: "module", steps: steps('"trips"') }, own).text.includes("Symbol"),
    true,
  );
});

Deno.test("a variable the compiler made (a decorated class's alias) reads as the class it holds", () => {
  const path: NamedPath = {
    root: "module",
    steps: [
      { node: "system / Context", nodeId: 1 },
      { node: "Specification()", nodeId: 2, edge: "_Specification", edgeType: "context" },
      { node: "Map", nodeId: 3, edge: "#compiled", edgeType: "property" },
    ],
  };
  const source: [string, string][] = [[
    "file:///p/specification.ts",
    "export abstract class Specification<T> {\n  static #compiled = new Map();\n}\n",
  ]];
  assertEquals(nameOf(path, source).text, "Specification.#compiled");
  // A variable the source does name keeps its name (`const Rule = Specification`).
  const named: [string, string][] = [[source[0][0], source[0][1] + "const _Specification = 1;\n"]];
  assertEquals(nameOf(path, named).text, "_Specification.#compiled");
});
