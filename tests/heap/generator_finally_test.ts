/**
 * A removal in a generator's finally runs only when the generator finishes or is returned: the
 * source reader finds the generator around such a line, and no other function.
 */

import { generatorFinally } from "../../heap/analysis/source_text.ts";
import { assertEquals } from "../support/assert.ts";

const URL_ = "file:///srv/board.mjs";
const at = (text: string, marker: string) => {
  const line = text.split("\n").findIndex((l) => l.includes(marker)) + 1;
  return generatorFinally([[URL_, text]], { url: URL_, line, column: 1, display: "board.mjs" });
};

Deno.test("generator finally: the generator a removal in its finally belongs to", () => {
  const text = [
    "export async function* departuresAt(board, stop) {",
    "  board.addEventListener('departure', onDeparture);",
    "  try {",
    "    while (true) yield await next();",
    "  } finally {",
    "    board.removeEventListener('departure', onDeparture); // REMOVE",
    "  }",
    "}",
    "class Feed {",
    "  async *watch(",
    "    topic,",
    "  ) {",
    "    try {",
    "      yield* this.#source(topic);",
    "    } finally {",
    "      this.#watchers.delete(topic); // METHOD",
    "    }",
    "  }",
    "}",
  ].join("\n");
  assertEquals(at(text, "REMOVE"), { name: "departuresAt", line: 1 });
  assertEquals(at(text, "METHOD"), { name: "watch", line: 10 });
});

Deno.test("generator finally: not a plain function's finally, nor a callback's inside a generator", () => {
  const text = [
    "async function load(file) {",
    "  try {",
    "    return await read(file);",
    "  } finally {",
    "    open.delete(file); // PLAIN",
    "  }",
    "}",
    "function* rows(lines) {",
    "  lines.forEach((line) => {",
    "    try {",
    "      parse(line);",
    "    } finally {",
    "      pending.delete(line); // CALLBACK",
    "    }",
    "  });",
    "  yield* lines;",
    "  seen.clear(); // OUTSIDE",
    "}",
  ].join("\n");
  assertEquals(at(text, "PLAIN"), undefined);
  assertEquals(at(text, "CALLBACK"), undefined);
  assertEquals(at(text, "OUTSIDE"), undefined);
});
