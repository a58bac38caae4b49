/**
 * A name a removal's condition takes from a CommonJS module that does not define it: undefined,
 * so the comparison never holds.
 */

import { missingImport } from "../../heap/analysis/source_imports.ts";
import { missingImportFix } from "../../heap/analysis/suspect_text.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assert, assertEquals } from "../support/assert.ts";

const QUEUE = "file:///srv/jobs/queue.js";
const QUEUE_TEXT = [
  '"use strict";', //                                                1
  'const { MAX_QUEUE, RETRY_MS: retryMs } = require("./settings");', // 2
  "const jobs = [];", //                                              3
  "function enqueue(job) {", //                                       4
  "  jobs.push(job);", //                                             5
  "  if (jobs.length > MAX_QUEUE) {", //                              6
  "    jobs.shift();", //                                             7
  "  }", //                                                           8
  "}", //                                                             9
].join("\n");
const SETTINGS = "file:///srv/jobs/settings.js";
const settings = (body: string) => [body, "exports.RETRY_MS = 250;"].join("\n");
const removal = {
  location: sourceLocation(QUEUE, 7, 5),
  text: "jobs.shift();",
  within: "if (jobs.length > MAX_QUEUE) {",
};

Deno.test("a name taken from a module that does not define it, with the ones it does", () => {
  const sources: [string, string][] = [
    [QUEUE, QUEUE_TEXT],
    [
      SETTINGS,
      settings("module.exports = {\n  // jobs kept\n  MAX_QUEUE_LENGTH: 500,\n  name,\n};"),
    ],
  ];
  const found = missingImport(sources, removal);
  assertEquals(found?.name, "MAX_QUEUE");
  assertEquals(found?.module, "./settings");
  assertEquals(found?.line, 2);
  assertEquals(found?.near, ["MAX_QUEUE_LENGTH"]);
  const fix = missingImportFix(sources, removal) ?? "";
  assert(
    fix.startsWith("MAX_QUEUE comes from ./settings (line 2), which defines no MAX_QUEUE"),
    fix,
  );
});

Deno.test("a name the module defines, or one it may define unseen: nothing to say", () => {
  const defined = settings("module.exports = { MAX_QUEUE: 500 };");
  assertEquals(missingImport([[QUEUE, QUEUE_TEXT], [SETTINGS, defined]], removal), undefined);
  const byExports = settings("exports.MAX_QUEUE = 500;");
  assertEquals(missingImport([[QUEUE, QUEUE_TEXT], [SETTINGS, byExports]], removal), undefined);
  const spread = settings("module.exports = { ...defaults, LIMIT: 5 };");
  assertEquals(missingImport([[QUEUE, QUEUE_TEXT], [SETTINGS, spread]], removal), undefined);
  // The module is not among the program's sources: unknown, not missing.
  assertEquals(missingImport([[QUEUE, QUEUE_TEXT]], removal), undefined);
});
