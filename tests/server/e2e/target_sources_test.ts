/**
 * Programs whose files lie outside every directory the server may read (the usual case for a
 * bundle in Claude Desktop, or a server started in another folder): read_source shows what the
 * connected target loaded (a Deno module's original TypeScript, a Node script's text), the
 * leak engine quotes the adding statement from what ran, and no other file outside the roots
 * becomes readable; search_source searches the loaded scripts the same way.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { startInspectTarget } from "../../support/inspect_target.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";

const DENO_APP = `interface Visit {
  path: string;
  at: number;
}

const visits: Visit[] = [];

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.args[0]) }, (req) => {
  const visit: Visit = { path: new URL(req.url).pathname, at: Date.now() };
  visits.push(visit);
  return new Response("ok");
});
`;

const NODE_APP = `const http = require("node:http");

const seen = [];

http.createServer((req, res) => {
  seen.push({ url: req.url, at: Date.now() });
  res.end("ok");
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

Deno.test("a program outside the roots: read_source shows its loaded scripts, the engine quotes its statements, other files stay unreadable", async () => {
  const dir = await Deno.makeTempDir({ prefix: "outside-roots-" });
  await Deno.writeTextFile(`${dir}/app.ts`, DENO_APP);
  await Deno.writeTextFile(`${dir}/server.cjs`, NODE_APP);
  await Deno.writeTextFile(`${dir}/secret.txt`, "not for the model\n");
  const deno = await startInspectTarget({
    runtime: "deno",
    script: `${dir}/app.ts`,
    withHttpPort: true,
    readyPath: "/",
  });
  const node = await startInspectTarget({
    runtime: "node",
    script: `${dir}/server.cjs`,
    withHttpPort: true,
    readyPath: "/",
  });
  const mcp = await startMcpSession();
  try {
    // Deno: the original TypeScript (types and all), though the target runs transpiled code.
    const c = await mcp.call("connect_inspector", { port: deno.inspectPort });
    assert(!c.isError, textOf(c));
    const ts = await mcp.call("read_source", { path: `${dir}/app.ts:10`, context: 1 });
    assert(!ts.isError, textOf(ts));
    assertMatch(textOf(ts), />10 \| {3}visits\.push\(visit\);/);
    assertMatch(textOf(ts), / 9 \| {3}const visit: Visit = /);
    assertMatch(textOf(ts), /from the script as the connected target loaded it/);
    assertEquals(typeof ts.structuredContent?.loaded, "string");
    // A file the target never loaded is still outside the roots.
    const secret = await mcp.call("read_source", { path: `${dir}/secret.txt` });
    assert(secret.isError, textOf(secret));
    assertMatch(textOf(secret), /outside the directories this server may read/);
    assert(!textOf(secret).includes("not for the model"));
    // search_source searches the loaded scripts too (the original text), never other files.
    for (const path of [dir, undefined]) {
      const found = await mcp.call("search_source", {
        pattern: "visits\\.push|not for the model",
        ...(path ? { path } : {}),
      });
      assert(!found.isError, textOf(found));
      assertMatch(textOf(found), /as the connected target loaded it/);
      assertMatch(textOf(found), /app\.ts\n {2}10: visits\.push\(visit\);/);
      const files = (found.structuredContent?.matches as { file: string }[]).map((m) => m.file);
      assert(!files.some((f) => f.endsWith("secret.txt")), textOf(found));
      // With no path, only the connected program's own scripts: not the roots' other files.
      if (!path) assertEquals(found.structuredContent?.roots, [], textOf(found));
    }
    // Nothing found: the scripts searched are named, so what the search cannot see is plain.
    const none = await mcp.call("search_source", { pattern: "Atomics\\.notify" });
    assertMatch(
      textOf(none),
      /^0 matching lines .*\nSearched: .*app\.ts.* \(the main thread's scripts/,
    );

    // Node: the engine's statement comes from the text the capture kept.
    const inv = await mcp.call("investigate_leak", {
      port: node.inspectPort,
      workload: { kind: "http", url: `http://127.0.0.1:${node.httpPort}/items/{i}`, count: 200 },
    });
    assert(!inv.isError, textOf(inv));
    assertMatch(
      textOf(inv),
      /server\.cjs:6 {2}seen\.push\(\{ url: req\.url, at: Date\.now\(\) \}\);/,
    );
    const js = await mcp.call("read_source", { path: `${dir}/server.cjs:6`, context: 0 });
    assert(!js.isError, textOf(js));
    assertMatch(textOf(js), />6 \| {3}seen\.push/);
  } finally {
    await mcp.close();
    await deno.stop();
    await node.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
