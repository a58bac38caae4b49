/**
 * A field read through `this` belongs to the class whose method reads it: the classes a holder's
 * owner is (its class and those it extends, declared or given to a variable as bundlers write
 * them), and another class's `this._store.set(…)` is no add to the owner's `_store`.
 */

import {
  classDeclared,
  classLineage,
  classOpened,
  enclosingClass,
} from "../../heap/analysis/source_text.ts";
import { dropOtherClassFields } from "../../heap/analysis/suspect_statements.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assertEquals } from "../support/assert.ts";

const url = "file:///p/dist/index.js";
const bundle = [
  "var EventManager = class {", // 1
  "  emit(name) {}", // 2
  "};", // 3
  "var Keyv = class extends EventManager {", // 4
  "  constructor(opts) {", // 5
  "    super();", // 6
  "    this._store = opts.store ?? new Map();", // 7
  "  }", // 8
  "  async set(key, value) {", // 9
  "    const { store } = this.opts;", // 10
  "    await store.set(key, value);", // 11
  "  }", // 12
  "};", // 13
  "var Tags = class {", // 14
  "  async write(key, entry) {", // 15
  "    await this._store.set(key, entry);", // 16
  "  }", // 17
  "};", // 18
  "export class Audited extends Keyv {", // 19
  "  note(key) {", // 20
  "    this._store.set(key, true);", // 21
  "  }", // 22
  "}", // 23
].join("\n");
const sources: [string, string][] = [[url, bundle]];
const at = (line: number) => ({
  location: sourceLocation(url, line, 5),
  text: bundle.split("\n")[line - 1].trim(),
});

Deno.test("a class given to a variable opens a class, with the class it extends", () => {
  assertEquals(classOpened("var Keyv = class extends EventManager {"), {
    name: "Keyv",
    parent: "EventManager",
  });
  assertEquals(classOpened("const Named = class Inner {"), { name: "Named" });
  assertEquals(classOpened("export class A extends lib.B {"), { name: "A", parent: "B" });
  assertEquals(classOpened("const klass = classes.pop();"), undefined);
  assertEquals(enclosingClass(sources, at(16).location), "Tags");
});

Deno.test("a class's lineage: itself, then what it extends, as far as the sources declare", () => {
  assertEquals(classLineage(sources, "Audited"), ["Audited", "Keyv", "EventManager"]);
  assertEquals(classLineage(sources, "Tags"), ["Tags"]);
  assertEquals(classLineage(sources, "Unknown"), undefined);
  // Where: the opening line (0-based), past a mention in a comment above it.
  const commented = [["file:///p/a.js", "// class Tags is below\nconst x = 1;\n" + bundle]] as [
    string,
    string,
  ][];
  assertEquals(classDeclared(commented, "Tags")?.line, 15);
  assertEquals(classDeclared(sources, "Keyv")?.parent, "EventManager");
});

Deno.test("another class's this._store is another field: dropped from a Keyv's adds", () => {
  const owner = { field: "_store", classes: classLineage(sources, "Keyv")! };
  const list = [at(16), at(11)];
  dropOtherClassFields(sources, list, owner);
  assertEquals(list.map((s) => s.location.line), [11]);
  // In a subclass of the owner's class, `this` is another class's object too; in the owner's
  // own subclass it is the owner.
  const reads = [at(21)];
  dropOtherClassFields(sources, reads, owner);
  assertEquals(reads, []);
  const own = [at(21)];
  dropOtherClassFields(sources, own, {
    field: "_store",
    classes: classLineage(sources, "Audited")!,
  });
  assertEquals(own.length, 1);
});
