/**
 * Finding the original lines that grow a holder and where it is declared, on small sources
 * whose answers are known (the end-to-end source-map mapping is covered by
 * heap_compare_test.ts on a real Deno capture).
 */

import {
  displayPath,
  findDeclaration,
  findGrowthSites,
  SourceResolver,
} from "../../heap/analysis/attribution.ts";
import { assertEquals } from "../support/assert.ts";

const APP = "file:///srv/app.ts";
const SOURCE = [
  "const messageHistory: string[] = [];", // 1
  "const userSessions = new Map<string, Set<string>>();", // 2
  "const stats = { total: 0, durations: [] as number[] };", // 3
  "const cache: Record<string, number> = {};", // 4
  "function onMessage(conn: { buffer?: string[] }, text: string) {", // 5
  "  if (messageHistory.length === 0) console.log('first');", // 6
  "  messageHistory.push(text);", // 7
  "  conn.buffer!.push(text);", // 8
  "  userSessions?.set(text, new Set());", // 9
  "  stats.durations.push(1);", // 10
  "  cache[text] = 1;", // 11
  "  if (cache[text] === 1) return;", // 12
  "}", // 13
].join("\n");
const SOURCES: [string, string][] = [[APP, SOURCE]];

Deno.test("growth sites: push/set/add and keyed assignment, not reads or comparisons", () => {
  const lines = (path: string) => findGrowthSites(SOURCES, path).map((l) => l.line);
  assertEquals(lines("messageHistory"), [7]);
  assertEquals(lines("conn.buffer"), [8]);
  assertEquals(lines("userSessions"), [9]);
  assertEquals(lines("stats.durations"), [10]);
  assertEquals(lines("globalThis.cache"), [11]);
  assertEquals(lines("nothingLikeThis"), []);
});

Deno.test("declarations: the variable, or the property of a nested path", () => {
  assertEquals(findDeclaration(SOURCES, "messageHistory")?.line, 1);
  assertEquals(findDeclaration(SOURCES, "stats.durations")?.line, 3);
  assertEquals(findDeclaration(SOURCES, "globalThis.cache")?.line, 4);
  assertEquals(findDeclaration(SOURCES, "missing"), undefined);
});

Deno.test("locations display as a path plus line", () => {
  const loc = findGrowthSites(SOURCES, "messageHistory")[0];
  assertEquals(loc.display, "/srv/app.ts:7");
  assertEquals(loc.url, APP);
  assertEquals(displayPath(`file://${Deno.cwd()}/scenario-6/app.ts`), "scenario-6/app.ts");
});

Deno.test("a source map in a file beside its script maps positions when its sources ship", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // dist/lib.js's line 2 is src/lib.ts's line 3 (one mapping segment: "AAEA" from line 2).
    await Deno.mkdir(`${dir}/dist`);
    await Deno.mkdir(`${dir}/src`);
    await Deno.writeTextFile(`${dir}/src/lib.ts`, "// lib\n\nexport const keep: number[] = [];\n");
    await Deno.writeTextFile(
      `${dir}/dist/lib.js`,
      "// built\nexport const keep = [];\n//# sourceMappingURL=lib.js.map\n",
    );
    const map = { version: 3, sources: ["../src/lib.ts"], names: [], mappings: ";AAEA" };
    await Deno.writeTextFile(`${dir}/dist/lib.js.map`, JSON.stringify(map));
    const scripts = [{
      scriptId: "7",
      url: `file://${dir}/dist/lib.js`,
      sourceMapURL: "lib.js.map",
    }];
    const resolver = SourceResolver.fromScripts(scripts);
    const sources = await resolver.programSources();
    assertEquals(sources.map(([url]) => url), [`file://${dir}/src/lib.ts`]);
    assertEquals(resolver.resolve({ scriptId: 7, line: 1, column: 0 }).line, 3);
    // Its sources not shipped: the positions stay the built file's.
    await Deno.remove(`${dir}/src/lib.ts`);
    const bare = SourceResolver.fromScripts(scripts);
    await bare.programSources();
    assertEquals(
      bare.resolve({ scriptId: 7, line: 1, column: 0 }).url,
      `file://${dir}/dist/lib.js`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
