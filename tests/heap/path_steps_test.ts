/**
 * A declared path's hops as reports name them: a value kept in a Map under a key the snapshot
 * has no node for (a small integer) still reads as kept under a key, `.get(…)`.
 */

import { declaredPathSteps } from "../../heap/analysis/path_steps.ts";
import type { DeclaredScopes } from "../../heap/analysis/declared_paths.ts";
import { pathText } from "../../heap/analysis/path_text.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { type GraphEdge, graphSnapshot, NODE_TYPES } from "./support/heap_graph.ts";
import { assertEquals } from "../support/assert.ts";

/** 0 scope ─slots→ 1 Map ─table→ 2 (a two-bucket Map table, 152 bytes) ─slot→ 3 Array. */
function mapValuePath(slot: string) {
  const names = ["", "system / Context", "Map", "Array", "slots", "table", slot];
  const edges: GraphEdge[] = [[0, 1, "context"], [1, 2, "internal"], [2, 3, "internal"]];
  const s = graphSnapshot([16, 32, 152, 32], edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.nodeName.set([at("system / Context"), at("Map"), at(""), at("Array")]);
  s.nodeType[0] = s.nodeType[2] = NODE_TYPES.indexOf("array");
  s.edgeNameOrIndex.set([at("slots"), at("table"), at(slot)]);
  const scopes = { exports: new Map(), valueGetters: new Set() } as unknown as DeclaredScopes;
  const steps = declaredPathSteps(s, typeCodes(s), {
    root: "module",
    nodes: [0, 1, 2, 3],
    edges: [-1, 0, 1, 2],
  }, scopes);
  return pathText(steps, "module");
}

Deno.test("path steps: a Map's value under a small-integer key reads as .get(…)", () => {
  // Slot 6 of a two-bucket table is an entry's value; its key (slot 5) has no node.
  assertEquals(mapValuePath("6"), "slots.get(…)");
  // Slot 5 is a key: what the path reaches there is the key itself, not a value under one.
  assertEquals(mapValuePath("5"), "slots");
});

Deno.test("path steps: a Map's value under a class as its key reads as the program passes it", () => {
  // 0 scope ─identityMaps→ 1 Map ─table→ 2 ─"6"→ 3 Map (the value); ─"5"→ 4 the key, a class.
  const names = [
    "",
    "system / Context",
    "Map",
    "ParcelShipment",
    "identityMaps",
    "table",
    "6",
    "5",
  ];
  const edges: GraphEdge[] = [
    [0, 1, "context"],
    [1, 2, "internal"],
    [2, 3, "internal"],
    [2, 4, "internal"],
  ];
  const s = graphSnapshot([16, 32, 152, 32, 56], edges);
  s.strings = StringTable.fromArray(names);
  const at = (n: string) => names.indexOf(n);
  s.nodeName.set([at("system / Context"), at("Map"), at(""), at("Map"), at("ParcelShipment")]);
  s.nodeType[0] = s.nodeType[2] = NODE_TYPES.indexOf("array");
  s.nodeType[4] = NODE_TYPES.indexOf("closure");
  s.edgeNameOrIndex.set([at("identityMaps"), at("table"), at("6"), at("5")]);
  const scopes = { exports: new Map(), valueGetters: new Set() } as unknown as DeclaredScopes;
  const steps = declaredPathSteps(s, typeCodes(s), {
    root: "module",
    nodes: [0, 1, 2, 3],
    edges: [-1, 0, 1, 2],
  }, scopes);
  assertEquals(pathText(steps, "module"), "identityMaps.get(ParcelShipment)");
});

Deno.test("path steps: a global's getter over one variable reads as the global's property", () => {
  // 0 global ─"get process"→ 1 getter ─context→ 2 its scope ─_process→ 3 process ─_events→ 4.
  const names = ["", "global", "get", "system / Context", "process", "Object", "get process"];
  const edgeNames = ["get process", "context", "_process", "_events"];
  const edges: GraphEdge[] = [
    [0, 1, "property"],
    [1, 2, "internal"],
    [2, 3, "context"],
    [3, 4, "property"],
  ];
  const s = graphSnapshot([16, 32, 24, 48, 56], edges);
  s.strings = StringTable.fromArray([...names, ...edgeNames]);
  const at = (n: string) => [...names, ...edgeNames].indexOf(n);
  s.nodeName.set([at("global"), at("get"), at("system / Context"), at("process"), at("Object")]);
  s.nodeType[1] = NODE_TYPES.indexOf("closure");
  s.edgeNameOrIndex.set(edgeNames.map(at));
  const path = { root: "global" as const, nodes: [0, 1, 2, 3, 4], edges: [-1, 0, 1, 2, 3] };
  const scopes = (getters: number[]) =>
    ({ exports: new Map(), valueGetters: new Set(getters) }) as unknown as DeclaredScopes;
  assertEquals(
    pathText(declaredPathSteps(s, typeCodes(s), path, scopes([1])), "global"),
    "process._events",
  );
  // Any other getter's scope reads as a program closure's does: through the getter's name.
  assertEquals(
    pathText(declaredPathSteps(s, typeCodes(s), path, scopes([])), "global"),
    "globalThis → get process() → _process._events",
  );
});
