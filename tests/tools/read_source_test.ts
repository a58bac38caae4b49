/**
 * `read_source`: source references as findings print them.
 */

import { ToolError } from "../../tools/errors.ts";
import { parseSourceRef } from "../../tools/read_source.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("source refs: file:line[:col], file:// URLs, plain paths; remote URLs refused", () => {
  assertEquals(parseSourceRef("scenario-6/app.ts:57"), { path: "scenario-6/app.ts", line: 57 });
  assertEquals(parseSourceRef("file:///w/app.ts:57:3"), { path: "/w/app.ts", line: 57 });
  assertEquals(parseSourceRef("file:///w/app.ts"), { path: "/w/app.ts", line: undefined });
  assertEquals(parseSourceRef("/w/app.ts"), { path: "/w/app.ts", line: undefined });
  try {
    parseSourceRef("https://deno.land/x/a.ts:3");
    throw new Error("should throw");
  } catch (e) {
    assert(e instanceof ToolError, String(e));
    assertMatch(e.message, /remote URL/);
  }
});
