/**
 * What a package hands out when the program imports it by name: its manifest's entry targets,
 * the one name the program's own files import it under, and that import's line.
 */

import {
  entryTargets,
  findImportOf,
  firstOfPackage,
  importBindings,
  importedFrom,
  madeWith,
  packageEntryUrls,
  packageOfSpecifier,
  programImportName,
} from "../../heap/analysis/package_entries.ts";
import { isDependencyUrl, packageAt } from "../../heap/analysis/script_urls.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("entry targets: exports (string, conditions, subpaths), else main, else index.js", () => {
  assertEquals(entryTargets({ main: "./lib" }), ["./lib"]);
  assertEquals(entryTargets({}), ["index.js"]);
  assertEquals(entryTargets({ exports: "./dist/index.cjs", main: "x.js" }), ["./dist/index.cjs"]);
  assertEquals(
    entryTargets({
      exports: {
        ".": { types: "./index.d.ts", import: "./esm/ejs.js", require: "./cjs/ejs.js" },
        "./utils": "./esm/utils.js",
        "./package.json": "./package.json",
      },
    }),
    ["./esm/ejs.js", "./cjs/ejs.js"],
  );
  assertEquals(
    entryTargets({ exports: { node: { import: "./a.mjs" }, default: "./b.js" } }),
    ["./a.mjs", "./b.js"],
  );
});

Deno.test("a script's package: the innermost under node_modules, scoped names whole", () => {
  assertEquals(packageAt("file:///a/node_modules/.deno/x@1/node_modules/@koa/router/lib/r.js"), {
    name: "@koa/router",
    dir: "file:///a/node_modules/.deno/x@1/node_modules/@koa/router",
  });
  assertEquals(packageAt("/a/node_modules/ejs/lib/ejs.js"), {
    name: "ejs",
    dir: "/a/node_modules/ejs",
  });
  assertEquals(packageAt("/a/src/app.js"), undefined);
});

Deno.test("entry urls: read from the manifest beside the scripts that ran", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const pkg = `${dir}/node_modules/passport`;
    await Deno.mkdir(`${pkg}/lib`, { recursive: true });
    await Deno.writeTextFile(`${pkg}/package.json`, JSON.stringify({ main: "./lib" }));
    const entries = await packageEntryUrls([`${pkg}/lib/authenticator.js`, `${dir}/app.js`]);
    assertEquals(entries.has(`${pkg}/lib/index.js`), true);
    assertEquals(entries.has(`${pkg}/lib/authenticator.js`), false);
    // A package without a readable manifest starts at its first script compiled.
    const gone = `${dir}/node_modules/gone`;
    const first = await packageEntryUrls([`${gone}/lib/main.js`, `${gone}/lib/util.js`]);
    assertEquals([...first], [`${gone}/lib/main.js`]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the program's import name: one name across its files, packages' own files aside", () => {
  const sources: [string, string][] = [
    ["file:///app/main.ts", 'import passport from "passport";\nimport express from "express";'],
    ["file:///app/auth.ts", 'import passport, { Strategy } from "passport";'],
    ["file:///app/node_modules/x/index.js", 'const other = require("passport");'],
  ];
  assertEquals(programImportName(sources, "passport", isDependencyUrl), "passport");
  assertEquals(programImportName(sources, "ejs", isDependencyUrl), undefined);
  // Two names for one package: which one the path means is unknown.
  const two: [string, string][] = [
    ["/app/a.cjs", 'const cache = require("node-cache");'],
    ["/app/b.mjs", 'import * as NodeCache from "npm:node-cache@5.1.2";'],
  ];
  assertEquals(programImportName(two, "node-cache", isDependencyUrl), undefined);
  assertEquals(programImportName(two.slice(1), "node-cache", isDependencyUrl), "NodeCache");
  assertEquals(findImportOf(sources, "passport")?.display.endsWith("main.ts:1"), true);
  assertEquals(findImportOf(sources, "Strategy"), undefined);
});

Deno.test("a package's first compiled script, by script id: the file the program's import ran", () => {
  const nm = "file:///srv/app/node_modules";
  const isFirst = firstOfPackage({
    12: `${nm}/ejs/lib/esm/ejs.js`,
    3: "file:///srv/app/server.mjs",
    14: `${nm}/ejs/lib/esm/utils.js`,
    20: `${nm}/@scope/pkg/index.js`,
    21: `${nm}/@scope/pkg/lib/a.js`,
  });
  assertEquals([12, 14, 20, 21, 3].map(isFirst), [true, false, true, false, false]);
});

Deno.test("the package a name is imported from, in every import form; none for the program's own modules", () => {
  const esm = [
    'import pino from "pino";',
    'import { createCache, type Cache } from "cache-manager";',
    'import { LRUCache as Lru } from "npm:lru-cache@11.0.0";',
    'import * as jose from "jose";',
    'import { bookings } from "./bookings.mjs";',
    'import Keyv, { KeyvHooks } from "@keyv/redis/dist/index.js";',
  ].join("\n");
  assertEquals(importedFrom(esm, "pino"), "pino");
  assertEquals(importedFrom(esm, "createCache"), "cache-manager");
  assertEquals(importedFrom(esm, "Lru"), "lru-cache");
  assertEquals(importedFrom(esm, "jose"), "jose");
  assertEquals(importedFrom(esm, "bookings"), undefined);
  assertEquals(importedFrom(esm, "Keyv"), "@keyv/redis");
  const cjs = 'const NodeCache = require("node-cache");\nconst { Queue: Q } = require("bullmq");';
  assertEquals(importedFrom(cjs, "NodeCache"), "node-cache");
  assertEquals(importedFrom(cjs, "Q"), "bullmq");
});

Deno.test("the package the program's object was made with: what its declaring line calls", () => {
  const url = "file:///srv/app/server.mjs";
  const text = [
    'import { createCache } from "cache-manager";',
    'import { LRUCache } from "lru-cache";',
    "export const cache = createCache();",
    "const seen = new LRUCache({ max: 500 });",
    "const local = new Map();",
  ].join("\n");
  const at = (line: number) => ({ url, line, column: 1, display: `server.mjs:${line}` });
  assertEquals(madeWith([[url, text]], at(3)), "cache-manager");
  assertEquals(madeWith([[url, text]], at(4)), "lru-cache");
  assertEquals(madeWith([[url, text]], at(5)), undefined);
});

Deno.test("import bindings: whole modules and single exports, statements and requires", () => {
  const text = [
    'import pino, { type Logger, destination as dest } from "pino";',
    "import {",
    "  createCache,",
    '} from "cache-manager";',
    'import * as jose from "npm:jose@5";',
    'const NodeCache = require("node-cache");',
    'const { Queue: Q } = require("bullmq");',
    'import "./side-effect.mjs";',
  ].join("\n");
  const seen = importBindings(text).map((b) => `${b.name}<${b.spec}${b.whole ? " whole" : ""}`);
  assertEquals(seen, [
    "pino<pino whole",
    "Logger<pino",
    "dest<pino",
    "createCache<cache-manager",
    "jose<npm:jose@5 whole",
    "NodeCache<node-cache whole",
    "Q<bullmq",
  ]);
  assertEquals(packageOfSpecifier("npm:@keyv/redis@4/dist/index.js"), {
    name: "@keyv/redis",
    subpath: "dist/index.js",
  });
  assertEquals(packageOfSpecifier("./bookings.mjs"), undefined);
  assertEquals(packageOfSpecifier("https://example.org/mod.ts"), undefined);
});
