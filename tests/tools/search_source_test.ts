/**
 * `search_source` in process on a real folder: matching lines by file with their numbers;
 * dependency folders, binary files, symlinks and paths outside the roots left alone; the
 * number of matches bounded; a bad pattern named.
 */

import { searchSource } from "../../tools/search_source.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { withTempDir } from "../support/testdata.ts";

Deno.test("search_source: matching lines by file; node_modules, binaries and symlinks skipped", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(`${dir}/src`);
    await Deno.mkdir(`${dir}/node_modules/dep`, { recursive: true });
    await Deno.writeTextFile(
      `${dir}/src/app.ts`,
      "const sessions = new Map();\nsessions.set(id, s);\n// later\nsessions.delete(id);\n",
    );
    await Deno.writeTextFile(`${dir}/src/other.ts`, "nothing here\n");
    await Deno.writeTextFile(`${dir}/node_modules/dep/index.js`, "sessions.set(1, 2);\n");
    await Deno.writeFile(`${dir}/src/blob.bin`, new Uint8Array([115, 101, 115, 0, 1, 2]));
    await withTempDir(async (outside) => {
      await Deno.writeTextFile(`${outside}/secret.ts`, "sessions.set(secret);\n");
      await Deno.symlink(outside, `${dir}/src/escape`);
      const host = new FakeHost({ cwd: dir });
      const run = await runTool(searchSource, { pattern: "sessions\\.(set|delete)\\(" }, host);
      assert(!run.isError, run.text);
      assertEquals(
        run.text,
        `2 matching lines for /sessions\\.(set|delete)\\(/ in 1 of 2 files under ${dir}:\n` +
          "src/app.ts\n  2: sessions.set(id, s);\n  4: sessions.delete(id);",
      );
      const outsideRun = await runTool(searchSource, { pattern: "x", path: outside }, host);
      assertMatch(outsideRun.text, /outside the directories this server may read/);
    });
  });
});

Deno.test("search_source: bounded matches, long lines cut, a bad pattern named", async () => {
  await withTempDir(async (dir) => {
    const many = Array.from(
      { length: 500 },
      (_, i) => `push(${i}); ${"x".repeat(i % 3 ? 10 : 400)}`,
    );
    await Deno.writeTextFile(`${dir}/big.ts`, many.join("\n"));
    const host = new FakeHost({ cwd: dir });
    const run = await runTool(searchSource, { pattern: "push\\(", path: "big.ts" }, host);
    assert(!run.isError, run.text);
    const s = run.structured as { matches: { text: string }[]; truncated: boolean };
    assertEquals([s.matches.length, s.truncated], [60, true]);
    assert(s.matches.every((m) => m.text.length <= 162), "every line cut to its length");
    assertMatch(run.text, /^60\+ matching lines .*stopped at a limit/);
    assert(run.text.length < 8000, `${run.text.length} characters`);
    const bad = await runTool(searchSource, { pattern: "push(" }, host);
    assertMatch(bad.text, /pattern: not a regular expression[\s\S]*Next step: Escape/);
  });
});
