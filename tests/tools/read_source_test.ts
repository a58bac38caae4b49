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
  assertEquals(parseSourceRef("file:///w/app.ts:57:3"), {
    path: "/w/app.ts",
    line: 57,
    column: 3,
  });
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
    // `file`, as the breakpoint tools name it, reads the same; neither is a clear error.
    const byFile = await runTool(readSource, { file: "app.ts:2", context: 1 }, host);
    assertEquals(byFile.text, run.text);
    const none = await runTool(readSource, { context: 1 }, host);
    assert(none.isError, none.text);
    assertMatch(none.text, /needs the file to read/);
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

Deno.test("read_source: names that start with '..' inside the root are files, not escapes", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/..hidden.ts`, "export const x = 1;\n");
    const run = await runTool(readSource, { path: "..hidden.ts:1" }, new FakeHost({ cwd: dir }));
    assert(!run.isError, run.text);
    assertMatch(run.text, />1 \| export const x = 1;/);
  });
});

Deno.test("read_source: line numbers no file has, and paths with a NUL, get a plain answer", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/short.ts`, "one\ntwo\n");
    const host = new FakeHost({ cwd: dir });
    const answer = async (args: Record<string, unknown>) => (await runTool(readSource, args, host));
    const far = await answer({ path: "short.ts", startLine: 1e9 });
    assertMatch(far.text, /short\.ts has 2 lines; line 1000000000 is past the end/);
    const huge = await answer({ path: `short.ts:${"9".repeat(23)}` });
    assertMatch(
      huge.text,
      /^line 999999999999… is not a line of a source file \(1 to 1,000,000,000\)/,
    );
    assert(!/e\+/.test(huge.text), huge.text);
    const nul = await answer({ path: "short\u0000.ts" });
    assert(nul.isError);
    assertMatch(
      nul.text,
      /^path: the path has a control character \(0x00\) at character 6 \(a NUL byte/,
    );
  });
});

Deno.test("read_source: binary files are refused as binary; FIFOs and directories as not files", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeFile(`${dir}/controls.js`, new Uint8Array(1_900_000).fill(1));
    await Deno.writeFile(`${dir}/nul.ts`, new TextEncoder().encode("const a = 1;\0\n"));
    await Deno.writeFile(`${dir}/latin1.ts`, Uint8Array.from([0x63, 0xe9, 0x0a]));
    await Deno.mkdir(`${dir}/folder.ts`);
    const fifo = await new Deno.Command("mkfifo", { args: [`${dir}/pipe.ts`] }).output()
      .then((r) => r.success, () => false);
    const host = new FakeHost({ cwd: dir });
    const refused = async (path: string, re: RegExp) => {
      const started = performance.now();
      const run = await runTool(readSource, { path }, host);
      assert(run.isError, `${path}: ${run.text}`);
      assertMatch(run.text, re, path);
      assert(performance.now() - started < 2000, `${path} answered at once`);
    };
    await refused("controls.js", /controls\.js looks binary \(1900000 control bytes in 1900000\)/);
    await refused("nul.ts", /nul\.ts looks binary \(a NUL byte at byte 12\)/);
    await refused("latin1.ts", /latin1\.ts looks binary \(bytes that are not UTF-8 text\)/);
    await refused("folder.ts", /folder\.ts is a directory; the source file must be a regular file/);
    if (fifo) {
      await refused("pipe.ts", /pipe\.ts is not a regular file \(a pipe, socket or device\)/);
    }
  });
});

Deno.test("read_source: a minified line is shown around the column asked for, marked", async () => {
  await withTempDir(async (dir) => {
    const line = "a".repeat(100_000) + "LEAK.push(x)" + "b".repeat(900_000);
    await Deno.writeTextFile(`${dir}/app.min.js`, `${line}\nnext();\n`);
    const host = new FakeHost({ cwd: dir });
    const at = await runTool(readSource, { path: "app.min.js:1:100001" }, host);
    assert(!at.isError, at.text);
    assert(at.text.length < 1200, `${at.text.length} characters`);
    assertMatch(
      at.text,
      />1 \| …\[99800 characters\] a+LEAK\.push\(x\)b+ …\[899812 more characters\]/,
    );
    const first = (at.structured?.lines as { shown?: unknown }[])[0];
    assertEquals(first.shown, { fromColumn: 99801, toColumn: 100200, length: 1_000_012 });
    const start = await runTool(readSource, { path: "app.min.js" }, host);
    assertMatch(
      start.text,
      / 1 \| a{400} …\[999612 more characters\]\n 2 \| next\(\);\n\(Long lines/,
    );
  });
});
