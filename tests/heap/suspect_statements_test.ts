/**
 * Statements chosen for a suspect from the program's sources: a value rebuilt as a new empty
 * collection and filled again (a hash table's rehash) is added to by its writes, and the
 * rebuild says why its entries stay.
 */

import {
  callbackMethod,
  firstRemoval,
  writesIntoRebuilt,
} from "../../heap/analysis/suspect_statements.ts";
import { rebuildFix } from "../../heap/analysis/suspect_text.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { keyedLookup } from "../../heap/analysis/source_mistakes.ts";
import { assertEquals, assertMatch } from "../support/assert.ts";

const URL_ = "file:///p/table.ts";
const TABLE = [
  "export class Table {",
  "  #slots = new Array(16);",
  "  #place(entry) {",
  "    let i = hash(entry.key) & (this.#slots.length - 1);",
  "    while (this.#slots[i] !== undefined) i = (i + 1) & (this.#slots.length - 1);",
  "    this.#slots[i] = entry;",
  "  }",
  "  #rehash() {",
  "    const entries = this.#slots.filter((s) => s !== undefined);",
  "    this.#slots = new Array(entries.length * 4);",
  "    for (const e of entries) this.#place(e);",
  "  }",
  "}",
].join("\n");

Deno.test("a value rebuilt empty and written into: the writes are its adds, the rebuild its fix", () => {
  const sources: [string, string][] = [[URL_, TABLE]];
  const rebuild = {
    location: sourceLocation(URL_, 10, 5),
    text: "this.#slots = new Array(entries.length * 4);",
  };
  const found = writesIntoRebuilt(sources, rebuild, ["table", "#slots"]);
  assertEquals(found?.writes.map((s) => s.location.line), [6]);
  assertMatch(
    rebuildFix(found?.rebuiltBy) ?? "",
    /each rebuild \(this\.#slots = new Array\(entries\.length \* 4\), line 10\) puts every old entry back/,
  );
  // A value rebuilt from the old one (`list = [...list, item]`) is its own add.
  const copy = {
    location: sourceLocation(URL_, 9, 5),
    text: "const entries = this.#slots.filter((s) => s !== undefined);",
  };
  assertEquals(writesIntoRebuilt(sources, copy, ["table", "#slots"]), undefined);
});

Deno.test("a removal in a private method called from one place under a condition: that call", () => {
  const url = "file:///p/parser.js";
  const parser = [
    "class Parser {",
    "  #drop(path) {",
    "    const frame = this.#top();",
    "    frame.value.splice(path.at(-1), 1);",
    "  }",
    "  #done(value, path) {",
    "    for (const fn of this.#listeners) {",
    "      if (fn(value, path) === SKIP) {",
    "        this.#drop(path);",
    "      }",
    "    }",
    "  }",
    "}",
  ].join("\n");
  const removal = {
    location: sourceLocation(url, 4, 17),
    text: "frame.value.splice(path.at(-1), 1);",
  };
  const shown = firstRemoval([[url, parser]], removal);
  assertEquals(shown.within, undefined);
  assertEquals(shown.calledUnder?.location.line, 9);
  assertEquals(shown.calledUnder?.within, "if (fn(value, path) === SKIP) {");
  // Called from two places, or with no condition: no call is the one that decides.
  const twice = parser.replace(
    "        this.#drop(path);",
    "        this.#drop(path);\n    this.#drop(path);",
  );
  assertEquals(firstRemoval([[url, twice]], removal).calledUnder, undefined);
  // Then its calls are shown instead: where what it removes by comes from.
  assertEquals(firstRemoval([[url, twice]], removal).callers?.map((c) => c.line), [9, 10]);
  assertEquals(firstRemoval([[url, parser]], removal).callers, undefined);
  // Every path that ends an entry's work, a sweep's among them: four calls, four shown.
  const four = twice.replace(
    "    this.#drop(path);",
    "    this.#drop(path);\n    this.#drop(path);\n    this.#drop(path);",
  );
  assertEquals(firstRemoval([[url, four]], removal).callers?.map((c) => c.line), [9, 10, 11, 12]);
});

Deno.test("a runtime method handed a callback: the method, for listeners it adds", () => {
  assertEquals(
    callbackMethod("this.socket.setTimeout(300, () => this.#stalled(job));", ["link", "socket"]),
    "setTimeout",
  );
  assertEquals(callbackMethod("socket.write(frame, function done() {});", ["socket"]), "write");
  assertEquals(callbackMethod("this.socket.setTimeout(0);", ["socket"]), undefined);
  assertEquals(callbackMethod("socket.write(buffer);", ["socket"]), undefined);
});

Deno.test("the lookup by key a removal's value comes from, at the collection's column", () => {
  const url = "file:///p/presence.mjs";
  const lines = [
    "export function leave(lobby, id) {", //          1
    "  const members = byLobby.get(lobby);", //      2
    "  if (!members) return false;", //              3
    "  return members.delete(id);", //               4
    "}", //                                           5
  ];
  const removal = { location: sourceLocation(url, 4, 10), text: "return members.delete(id);" };
  const found = keyedLookup([[url, lines.join("\n")]], removal);
  assertEquals(
    [found?.location.line, found?.location.column, found?.holder, found?.key],
    [2, 19, "byLobby", "lobby"],
  );
  assertEquals(firstRemoval([[url, lines.join("\n")]], removal).lookup?.text, lines[1].trim());
  // A removal on the holder itself has no lookup of its own.
  assertEquals(
    keyedLookup([[url, lines.join("\n")]], { ...removal, text: "byLobby.delete(lobby);" }),
    undefined,
  );
});
