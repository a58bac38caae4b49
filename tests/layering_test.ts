/**
 * Data flows one way. Every relative import in the repository (`import … from`, `export … from`,
 * `import()`, `require()`, `new URL(…, import.meta.url)`) is checked against the layers:
 *
 *     net/ mcp/ heap/ ← cpu/  ←  inspector/ workloads/  ←  investigation/  ←  tools/ prompts/  ←  server/
 *
 * A product folder imports only the folders below it, and another folder only through its
 * `mod.ts`; nothing in the product imports `scenario-2/`, `scenario-3/`, `scenario-6/`, `demo/`,
 * `bench/` or `tests/`; outside `heap/`, only `tests/heap/` may reach past `heap/mod.ts`.
 */

import { relative, resolve } from "node:path";
import { assertEquals } from "./support/assert.ts";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

/** What each product folder may import besides itself (never through anything but `mod.ts`). */
const MAY_IMPORT: Record<string, string[]> = {
  net: [],
  mcp: [],
  heap: [],
  cpu: ["heap"],
  inspector: ["cpu", "heap", "net"],
  workloads: ["net"],
  investigation: ["inspector", "cpu", "heap", "workloads", "net"],
  tools: ["mcp", "investigation", "inspector", "cpu", "heap", "workloads", "net"],
  prompts: ["mcp"],
  server: [
    "mcp",
    "tools",
    "prompts",
    "investigation",
    "inspector",
    "cpu",
    "heap",
    "workloads",
    "net",
  ],
};
const PRODUCT = Object.keys(MAY_IMPORT);

/** Folders that are never the product's dependency. */
const NOT_PRODUCT = ["scenario-2", "scenario-3", "scenario-6", "demo", "bundle", "bench", "tests"];

const SKIP_DIRS = new Set(["node_modules", ".git", "out", "snapshots", ".cache", "data"]);
/** This file: its fixtures below are strings that look like imports. */
const SELF = relative(ROOT, new URL(import.meta.url).pathname);
const SOURCE = /\.(ts|mts|js|mjs|cjs)$/;

/** The relative specifiers `source` imports, comments removed first. */
function importSpecifiers(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const patterns = [
    /\b(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\bnew\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g,
  ];
  const found = new Set<string>();
  for (const re of patterns) {
    for (const m of code.matchAll(re)) if (m[1].startsWith(".")) found.add(m[1]);
  }
  return [...found];
}

/** The folder a repository path belongs to (`tests/heap` apart from the other tests). */
function folderOf(path: string): string {
  if (path.startsWith("tests/heap/")) return "tests/heap";
  return path.includes("/") ? path.slice(0, path.indexOf("/")) : "";
}

/** Why importing `to` from `from` (repository paths) goes up a layer, or undefined. */
function layerViolation(from: string, to: string): string | undefined {
  const src = folderOf(from);
  const dst = folderOf(to);
  if (src === dst) return undefined;
  if (dst === "heap" && to !== "heap/mod.ts" && src !== "tests/heap") {
    return "reaches past heap/mod.ts";
  }
  if (!PRODUCT.includes(src)) return undefined;
  if (NOT_PRODUCT.includes(dst) || dst === "tests/heap") return `the product imports ${dst}/`;
  if (!PRODUCT.includes(dst)) return undefined;
  if (!MAY_IMPORT[src].includes(dst)) return `${src}/ may not import ${dst}/ (a higher layer)`;
  if (to !== `${dst}/mod.ts`) return `imports ${dst}/ past its mod.ts`;
  return undefined;
}

/** Every violation in `files` (repository path → source), as `from → to: why`. */
function layerViolations(files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [from, source] of files) {
    for (const spec of importSpecifiers(source)) {
      const to = relative(ROOT, resolve(ROOT, from, "..", spec));
      const why = layerViolation(from, to);
      if (why) problems.push(`${from} → ${to}: ${why}`);
    }
  }
  return problems.sort();
}

async function repositorySources(dir = ROOT, out = new Map<string, string>()) {
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory && !SKIP_DIRS.has(entry.name)) await repositorySources(path, out);
    else if (entry.isFile && SOURCE.test(entry.name) && relative(ROOT, path) !== SELF) {
      out.set(relative(ROOT, path), await Deno.readTextFile(path));
    }
  }
  return out;
}

Deno.test("layers: no import in the repository goes up a layer", async () => {
  const files = await repositorySources();
  for (const folder of PRODUCT) {
    if (![...files.keys()].some((p) => p.startsWith(`${folder}/`))) {
      throw new Error(`no sources found in ${folder}/: is the walk broken?`);
    }
  }
  assertEquals(layerViolations(files), []);
});

Deno.test("layers: each kind of upward import is caught, in every import form", () => {
  const files = new Map([
    ["tools/a.ts", 'import type { ServerState } from "../server/state.ts";'],
    ["prompts/b.ts", 'export { x } from "../server/mod.ts";'],
    ["server/c.ts", 'const m = await import("../scenario-6/app.ts");'],
    ["workloads/d.ts", 'import {\n  run,\n} from "../scenario-6/simulate_connections.ts";'],
    ["demo/e.ts", 'import type { X } from "../heap/report.ts";'],
    ["tests/tools/f_test.ts", 'import { parse } from "../../heap/parse/parse.ts";'],
    ["inspector/g.ts", 'import { requireSession } from "../tools/mod.ts";'],
    ["heap/h.ts", 'const w = new URL("../inspector/mod.ts", import.meta.url);'],
    ["tools/i.ts", 'import { InspectorSession } from "../inspector/session.ts";'],
    ["net/j.cjs", 'const t = require("../tests/support/assert.ts");'],
  ]);
  assertEquals(layerViolations(files), [
    "demo/e.ts → heap/report.ts: reaches past heap/mod.ts",
    "heap/h.ts → inspector/mod.ts: heap/ may not import inspector/ (a higher layer)",
    "inspector/g.ts → tools/mod.ts: inspector/ may not import tools/ (a higher layer)",
    "net/j.cjs → tests/support/assert.ts: the product imports tests/",
    "prompts/b.ts → server/mod.ts: prompts/ may not import server/ (a higher layer)",
    "server/c.ts → scenario-6/app.ts: the product imports scenario-6/",
    "tests/tools/f_test.ts → heap/parse/parse.ts: reaches past heap/mod.ts",
    "tools/a.ts → server/state.ts: tools/ may not import server/ (a higher layer)",
    "tools/i.ts → inspector/session.ts: imports inspector/ past its mod.ts",
    "workloads/d.ts → scenario-6/simulate_connections.ts: the product imports scenario-6/",
  ]);
});

Deno.test("layers: what is allowed stays allowed; comments are not imports", () => {
  const files = new Map([
    ["tools/a.ts", 'import { x } from "./b.ts";\nimport { y } from "../heap/mod.ts";'],
    ["tests/heap/c_test.ts", 'import { parse } from "../../heap/parse/parse.ts";'],
    ["tests/tools/d_test.ts", 'import { readSource } from "../../tools/read_source.ts";'],
    ["scenario-6/e.ts", 'import { run } from "../workloads/mod.ts";'],
    ["server/f.ts", '// import { s } from "../scenario-6/app.ts";\n/* import "../demo/main.ts" */'],
    ["heap/g.ts", 'const w = new URL("./run/worker.ts", import.meta.url);'],
  ]);
  assertEquals(layerViolations(files), []);
});
