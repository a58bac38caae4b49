/**
 * Snapshot labels: what a label becomes as a file name.
 */

import { ToolError } from "../../tools/errors.ts";
import { sanitizeLabel } from "../../tools/snapshot_paths.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("labels become safe file names; empty ones are refused with a hint", () => {
  assertEquals(sanitizeLabel("after 50 conns!"), "after-50-conns");
  assertEquals(sanitizeLabel("../../etc/passwd"), "etc-passwd");
  assertEquals(sanitizeLabel("baseline.heapsnapshot"), "baseline");
  assertEquals(sanitizeLabel(".hidden"), "hidden");
  assertEquals(sanitizeLabel("x".repeat(100)).length, 64);
  try {
    sanitizeLabel("/// ");
    throw new Error("should throw");
  } catch (e) {
    assert(e instanceof ToolError);
    assertMatch(e.hint, /e\.g\. "baseline"/);
  }
});
