/**
 * The text of a failed call: what failed, then the next step, for each kind of error a tool
 * can end with.
 */

import { InspectorError } from "../../inspector/mod.ts";
import { describeToolError, ToolError } from "../../tools/errors.ts";
import { WorkloadError } from "../../workloads/mod.ts";
import { assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("error text: message then next step for the tools', the inspector's and the workloads' errors", () => {
  assertEquals(
    describeToolError("t", new ToolError("Bad label.", "Use letters.")),
    "Bad label.\nNext step: Use letters.",
  );
  assertEquals(
    describeToolError("t", new InspectorError("not_listening", "Nothing there.", "Start it.")),
    "Nothing there.\nNext step: Start it.",
  );
  assertEquals(
    describeToolError("t", new WorkloadError("timeout", "No answer.", "Check it runs.")),
    "No answer.\nNext step: Check it runs.",
  );
});

Deno.test("error text: a bad snapshot, missing permissions, and anything else", () => {
  const parse = Object.assign(new Error("a.heapsnapshot: byte 12: expected ["), {
    name: "SnapshotParseError",
  });
  assertMatch(
    describeToolError("t", parse),
    /^a\.heapsnapshot: byte 12[\s\S]*Next step: the file is not a whole V8 heap snapshot/,
  );
  assertMatch(
    describeToolError("t", new Deno.errors.NotCapable("Requires read access")),
    /Requires read access\nNext step: the server's Deno permissions/,
  );
  const original = console.error;
  console.error = () => {};
  try {
    assertEquals(describeToolError("read_source", new Error("boom")), "read_source failed: boom");
  } finally {
    console.error = original;
  }
});
