/**
 * `read_source` in process: source references as findings print them, numbered lines around
 * one, and everything it refuses (outside the roots, symlink escapes, past the end, huge files).
 */

import { ToolError } from "../../tools/errors.ts";
import { parseSourceRef, readSource } from "../../tools/read_source.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { withTempDir } from "../support/testdata.ts";

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

Deno.test("read_source: numbered lines around file:line, the line marked", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(
      `${dir}/app.ts`,
      ["const a = 1;", "const b = 2;", "const c = 3;"].join("\n"),
    );
    const host = new FakeHost({ cwd: dir });
    const run = await runTool(readSource, { path: "app.ts:2", context: 1 }, host);
    assert(!run.isError, run.text);
    assertEquals(
      run.text,
      `${dir}/app.ts (lines 1-3 of 3)\n 1 | const a = 1;\n>2 | const b = 2;\n 3 | const c = 3;`,
    );
    assertEquals(run.structured?.focusLine, 2);
    const range = await runTool(readSource, { path: `file://${dir}/app.ts`, startLine: 3 }, host);
    assertEquals(range.structured?.lines, [{ n: 3, text: "const c = 3;" }]);
  });
});

Deno.test("read_source: outside the roots, symlink escapes, past the end, huge files are refused", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/short.ts`, "one\ntwo\n");
    await Deno.symlink("/etc/hostname", `${dir}/escape.ts`);
    await Deno.writeTextFile(`${dir}/huge.ts`, "// x\n".repeat(600_000));
    const host = new FakeHost({ cwd: dir });
    const refused = async (args: Record<string, unknown>, re: RegExp) => {
      const run = await runTool(readSource, args, host);
      assert(run.isError, `${JSON.stringify(args)} should fail: ${run.text}`);
      assertMatch(run.text, re);
    };
    await refused(
      { path: "/etc/passwd" },
      /outside the directories this server may read[\s\S]*Next step: .*--root/,
    );
    await refused({ path: "../../etc/passwd" }, /outside the directories/);
    await refused({ path: "escape.ts" }, /outside the directories/);
    await refused({ path: "short.ts:9" }, /has 2 lines; line 9 is past the end/);
    await refused(
      { path: "short.ts", startLine: 2, endLine: 1 },
      /endLine 1 is before startLine 2/,
    );
    await refused({ path: "huge.ts:1" }, /over the 2097152-byte limit/);
    await refused({ path: "no/such.ts" }, /No such source file/);
  });
});
