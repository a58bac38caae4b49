/**
 * A helper's callers: the one call that passes the literal every kept entry carries, and a
 * caller that returns before ending what the helper gave it (the removal's only way in).
 */

import { literalCaller } from "../../heap/analysis/suspect_runtime.ts";
import { unendedCallFix } from "../../heap/analysis/suspect_text.ts";
import type { SourceLocation, SourceStatement } from "../../heap/report.ts";
import { assert, assertEquals } from "../support/assert.ts";

const TRACER = "file:///app/tracer.js";
const tracer = [
  "function makeTracer() {", //                                         1
  "  const open = new Map();", //                                       2
  "  const tracer = {", //                                              3
  "    start(name) {", //                                               4
  "      const span = new Span(tracer, name);", //                      5
  "      open.set(span.id, span);", //                                  6
  "      return span;", //                                              7
  "    },", //                                                          8
  "    finished(span) {", //                                            9
  "      open.delete(span.id);", //                                    10
  "    },", //                                                         11
  "  };", //                                                           12
  "  return tracer;", //                                               13
  "}", //                                                              14
  "class Span {", //                                                   15
  "  finish() {", //                                                   16
  "    this.tracer.finished(this);", //                                17
  "  }", //                                                            18
  "}", //                                                              19
].join("\n");

const APP = "file:///app/app.js";
const app = [
  "function getPrice(res, id) {", //                                    1
  '  const lookup = tracer.start("price-cache.get");', //               2
  "  const hit = cache.get(id);", //                                    3
  "  if (hit) {", //                                                    4
  "    return send(res, hit);", //                                      5
  "  }", //                                                             6
  "  lookup.finish();", //                                              7
  "  send(res, load(id));", //                                          8
  "}", //                                                               9
  "function putPrice(res, id) {", //                                   10
  '  const write = tracer.start("price.write");', //                   11
  "  store(id);", //                                                   12
  "  write.finish();", //                                              13
  "}", //                                                              14
].join("\n");

const SOURCES: [string, string][] = [[TRACER, tracer], [APP, app]];
const at = (url: string, line: number): SourceLocation => ({
  url,
  line,
  column: 1,
  display: `${url.slice(8)}:${line}`,
});
const removal: SourceStatement = {
  location: at(TRACER, 10),
  text: "open.delete(span.id);",
  callers: [at(TRACER, 17)],
};

Deno.test("the one caller that passes the literal every new entry has is singled out", () => {
  const callers = [at(APP, 11), at(APP, 2)];
  const picked = literalCaller(SOURCES, callers, [["name", '"price-cache.get"']]);
  assertEquals(picked?.location, at(APP, 2));
  assertEquals(picked?.field, "name");
  // A value no call passes as written, or one that both pass, singles out none.
  assertEquals(literalCaller(SOURCES, callers, [["name", '"other"']]), undefined);
  assertEquals(literalCaller(SOURCES, callers, [["kind", '"price"']]), undefined);
  assertEquals(literalCaller(SOURCES, callers, [["done", "false"]]), undefined);
  // One caller needs no singling out.
  assertEquals(literalCaller(SOURCES, [at(APP, 2)], [["name", '"price-cache.get"']]), undefined);
});

Deno.test("a caller that returns before ending what it made is the fix, the removal's way in named", () => {
  const fix = unendedCallFix(SOURCES, [at(APP, 2), at(APP, 11)], removal);
  assert(fix?.includes("runs only through lookup.finish() (app/app.js:7)"), fix);
  assert(fix?.includes("getPrice() returns (or throws) before it when hit (app/app.js:5)"), fix);
  // A caller that ends it on every path is no fix; nor one that keeps nothing it can end.
  assertEquals(unendedCallFix(SOURCES, [at(APP, 11)], removal), undefined);
  assertEquals(unendedCallFix(SOURCES, [at(APP, 3)], removal), undefined);
  // No path of the removal goes through a method of the made object.
  const elsewhere = { ...removal, callers: [] };
  assertEquals(unendedCallFix(SOURCES, [at(APP, 2)], elsewhere), undefined);
});

Deno.test("a caller that throws before handing back what it got (a pool's connection) is the fix", () => {
  const POOL = "file:///app/pool.js";
  const pool = [
    "class Pool {", //                                                    1
    "  async acquire() {", //                                             2
    "    const conn = this.idle.pop() ?? open();", //                     3
    "    this.inUse.add(conn);", //                                       4
    "    return conn;", //                                                5
    "  }", //                                                             6
    "  release(conn) {", //                                               7
    "    this.inUse.delete(conn);", //                                    8
    "    this.idle.push(conn);", //                                       9
    "  }", //                                                            10
    "}", //                                                              11
  ].join("\n");
  const RX = "file:///app/dispense.js";
  const dispense = [
    "async function dispense(pool, rx) {", //                             1
    "  const conn = await pool.acquire();", //                            2
    "  const item = await conn.query(rx.sku);", //                        3
    "  if (!item) {", //                                                  4
    "    pool.release(conn);", //                                         5
    "    throw new HttpError(404);", //                                   6
    "  }", //                                                             7
    "  if (item.onHand < rx.qty) {", //                                   8
    "    throw new HttpError(409);", //                                   9
    "  }", //                                                            10
    "  try {", //                                                        11
    "    return await conn.query(rx.sku, rx.qty);", //                   12
    "  } finally {", //                                                  13
    "    pool.release(conn);", //                                        14
    "  }", //                                                            15
    "}", //                                                              16
    "async function stock(pool, sku) {", //                              17
    "  const conn = await pool.acquire();", //                           18
    "  try {", //                                                        19
    "    return await conn.query(sku);", //                              20
    "  } finally {", //                                                  21
    "    pool.release(conn);", //                                        22
    "  }", //                                                            23
    "}", //                                                              24
  ].join("\n");
  const sources: [string, string][] = [[POOL, pool], [RX, dispense]];
  const release: SourceStatement = { location: at(POOL, 8), text: "this.inUse.delete(conn);" };
  const fix = unendedCallFix(sources, [at(RX, 18), at(RX, 2)], release);
  assert(fix?.includes("runs only through pool.release(conn) (app/dispense.js:5, 14)"), fix);
  assert(fix?.includes("before it when item.onHand < rx.qty (app/dispense.js:9)"), fix);
  // Released on every path (in a finally): no fix.
  assertEquals(unendedCallFix(sources, [at(RX, 18)], release), undefined);
});

Deno.test("a caller that never hands back what it got, where another does, is the fix", () => {
  const CHART = "file:///app/chart.ts";
  const chart = [
    "class Chart {", //                                                   1
    "  static live: Chart[] = [];", //                                    2
    "  constructor() {", //                                               3
    "    Chart.live.push(this);", //                                      4
    "  }", //                                                             5
    "  destroy() {", //                                                   6
    "    Chart.live.splice(Chart.live.indexOf(this), 1);", //             7
    "  }", //                                                             8
    "}", //                                                               9
  ].join("\n");
  const MAIN = "file:///app/main.ts";
  const main = [
    "function sales(store) {", //                                         1
    "  const chart = new Chart();", //                                    2
    "  return svg(chart.draw(store));", //                                3
    "}", //                                                               4
    "function trend(store) {", //                                         5
    "  const renderer = new Chart();", //                                 6
    "  try {", //                                                         7
    "    return svg(renderer.line(store));", //                           8
    "  } finally {", //                                                   9
    "    renderer.destroy();", //                                        10
    "  }", //                                                            11
    "}", //                                                              12
    "function keep() {", //                                              13
    "  const pinned = new Chart();", //                                  14
    "  return pinned;", //                                               15
    "}", //                                                              16
  ].join("\n");
  const sources: [string, string][] = [[CHART, chart], [MAIN, main]];
  const removal: SourceStatement = { location: at(CHART, 7), text: "Chart.live.splice(…);" };
  const fix = unendedCallFix(sources, [at(MAIN, 2), at(MAIN, 6), at(MAIN, 14)], removal);
  assert(
    fix?.includes("runs only through renderer.destroy() (trend() does it, app/main.ts:10)"),
    fix,
  );
  assert(fix?.includes("sales() never does it for the chart it gets at app/main.ts:2"), fix);
  assert(fix?.includes("Do chart.destroy() there too"), fix);
  // One that hands it on (returns it) is not one; none that ends it: no convention to go by.
  assertEquals(unendedCallFix(sources, [at(MAIN, 14), at(MAIN, 6)], removal), undefined);
  assertEquals(unendedCallFix(sources, [at(MAIN, 2), at(MAIN, 14)], removal), undefined);
});
