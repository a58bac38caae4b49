/**
 * Of several keyed adds, the one whose key's literals the kept keys carry comes first; a key
 * read as a property (`entity[TMP_ID]`) is no key built anew.
 */

import { keyLiterals, preferKeyShape } from "../../heap/analysis/key_shapes.ts";
import { keyBuiltAnew } from "../../heap/analysis/source_removes.ts";
import { keyExpression } from "../../heap/analysis/source_patterns.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assertEquals } from "../support/assert.ts";

const URL_ = "file:///p/session.js";
const SESSION = [
  "class Session {",
  "  find(Model, id) {",
  "    const key = this.#key(Model.table, id);",
  "    this.#map.set(key, Model.load(id));",
  "  }",
  "  add(entity) {",
  "    const temp = `draft-${++this.#seq}`;",
  "    this.#map.set(this.#key(entity.table, temp), entity);",
  "  }",
  "  save(entity) {",
  "    this.#map.set(this.#key(entity.table, entity.id), entity);",
  "  }",
  "}",
].join("\n");
const sources: [string, string][] = [[URL_, SESSION]];
const at = (line: number) => ({
  location: sourceLocation(URL_, line, 5),
  text: SESSION.split("\n")[line - 1].trim(),
});

Deno.test("a key's literals: in its argument and in the names it uses, defined above it", () => {
  assertEquals(keyLiterals(sources, at(8)), ["draft-"]);
  assertEquals(keyLiterals(sources, at(4)), []);
});

Deno.test("the add whose literals the kept keys carry comes first; otherwise the order stays", () => {
  const adds = [at(4), at(8), at(11)];
  preferKeyShape(sources, adds, ["users:draft-17", "users:draft-18"]);
  assertEquals(adds.map((a) => a.location.line), [8, 4, 11]);
  const unchanged = [at(4), at(8), at(11)];
  preferKeyShape(sources, unchanged, ["users:17"]);
  assertEquals(unchanged.map((a) => a.location.line), [4, 8, 11]);
});

Deno.test("a set's key whole through a call's commas; a property read is not a built key", () => {
  assertEquals(keyExpression(at(8).text, false), "this.#key(entity.table,temp)");
  const removal = "this.#map.delete(this.#key(entity.table, entity[TEMP]));";
  assertEquals(keyBuiltAnew(at(8).text, removal), false);
  assertEquals(keyBuiltAnew(at(8).text, "this.#map.delete(`${entity.table}:${temp}`);"), true);
});
