/**
 * The Claude Desktop bundle: `buildBundle` (what `deno task bundle` runs) packs a `.mcpb` whose
 * manifest the official CLI validates, that lists every tool and prompt and asks for the
 * snapshot directory, source folders and remote targets; unpacked, its launcher starts the
 * server under Deno, which answers over stdio with every tool.
 */

import { buildBundle, MCPB_CLI } from "../../../bundle/build.ts";
import { McpSession } from "../../../demo/mcp_client.ts";
import { TOOL_NAMES } from "../../../tools/mod.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { withTempDir } from "../../support/testdata.ts";

async function mcpb(args: string[]): Promise<string> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MCPB_CLI, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  assert(out.success, `mcpb ${args[0]} failed:\n${text}`);
  return text;
}

Deno.test("deno task bundle: a .mcpb that mcpb validates, lists tools, prompts and settings, and runs", async () => {
  await withTempDir(async (dir) => {
    const bundle = await buildBundle(dir);
    const stage = `${dir}/bundle/deno-debugger`;
    assertMatch(await mcpb(["validate", `${stage}/manifest.json`]), /validation passes/);

    const manifest = JSON.parse(await Deno.readTextFile(`${stage}/manifest.json`));
    assertEquals(manifest.tools.map((t: { name: string }) => t.name), [...TOOL_NAMES]);
    assertEquals(manifest.prompts.map((p: { name: string }) => p.name), [
      "investigate-memory-leak",
      "investigate-slow-endpoint",
      "chat-server-leaking",
      "investigate-race",
    ]);
    assertEquals(Object.keys(manifest.user_config).sort(), [
      "allow_remote",
      "snapshot_dir",
      "source_roots",
    ]);
    assertEquals(manifest.server.mcp_config.env, { DENO_NO_UPDATE_CHECK: "1" });

    // The packed file, unpacked as Claude Desktop would, starts and answers.
    const unpacked = `${dir}/unpacked`;
    await mcpb(["unpack", bundle, unpacked]);
    const session = await McpSession.start({
      command: "node",
      args: [
        `${unpacked}/launch.mjs`,
        `--snapshot-dir=${dir}/snaps`,
        "--allow-remote=false",
        // A setting the user left empty reaches the launcher unexpanded.
        "--root=${user_config.source_roots}",
      ],
      cwd: dir,
    });
    try {
      assertEquals(await session.toolNames(), [...TOOL_NAMES]);
      const r = await session.call<{ snapshotDir: string }>("list_snapshots", {});
      assertEquals(r.structured.snapshotDir, `${dir}/snaps`);
    } finally {
      await session.close();
    }
  });
});
