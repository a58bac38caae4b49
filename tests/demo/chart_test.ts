/**
 * The demo's SVG chart: bars proportional to their values on one scale, labels escaped, round
 * axis ticks, and empty input still drawn.
 */

import { assert, assertAlmostEquals, assertEquals } from "../support/demo_assert.ts";
import { escapeXml, niceTicks, renderGrowthChart } from "../../demo/chart.ts";

const rows = [
  { label: "messageHistory", sublabel: "scenario-6/app.ts:88", leaky: 400_000, fixed: null },
  { label: 'heartbeat <Timeout> & "friends"', sublabel: "app.ts:57", leaky: 200_000, fixed: 0 },
  { label: "userSessions", leaky: 100_000, fixed: 50_000 },
];

function barWidths(svg: string, series: string): Map<number, number> {
  const out = new Map<number, number>();
  const re = new RegExp(`class="bar ${series}" data-value="([^"]+)"[^>]*width="([^"]+)"`, "g");
  for (const m of svg.matchAll(re)) out.set(Number(m[1]), Number(m[2]));
  return out;
}

Deno.test("chart bars share one linear scale", () => {
  const svg = renderGrowthChart({ title: "t", rows });
  const leaky = barWidths(svg, "leaky");
  assertEquals(leaky.size, 3);
  const w400 = leaky.get(400_000)!, w200 = leaky.get(200_000)!, w100 = leaky.get(100_000)!;
  assertAlmostEquals(w200 / w400, 0.5, 0.01);
  assertAlmostEquals(w100 / w400, 0.25, 0.01);
  // The fixed 50 KB bar is drawn on the same scale as the leaky ones.
  assertAlmostEquals(barWidths(svg, "fixed").get(50_000)! / w400, 0.125, 0.01);
  // A measured zero still shows a stub; "not growing" draws no bar but says so.
  assertEquals(barWidths(svg, "fixed").get(0), 2);
  assert(svg.includes(">not growing<"));
});

Deno.test("chart escapes labels and never emits raw markup from data", () => {
  const svg = renderGrowthChart({ title: "a < b & c", rows });
  assert(svg.includes("heartbeat &lt;Timeout&gt; &amp; &quot;friends&quot;"));
  assert(svg.includes("<title>a &lt; b &amp; c</title>"));
  assert(!svg.includes("<Timeout>"));
  assertEquals(escapeXml("x\u0001y'"), "xy&apos;");
});

Deno.test("axis ticks are round numbers covering the largest value", () => {
  const ticks = niceTicks(400_000);
  assertEquals(ticks[0], 0);
  assert(ticks[ticks.length - 1] >= 400_000);
  assertEquals(ticks.length <= 8, true);
  assertEquals(niceTicks(0), [0]);
  assertEquals(niceTicks(900), [0, 200, 400, 600, 800, 1000]);
});

Deno.test("chart with no rows or only zeros still renders", () => {
  const svg = renderGrowthChart({ title: "empty", rows: [] });
  assert(svg.startsWith("<svg"));
  const zeros = renderGrowthChart({ title: "z", rows: [{ label: "x", leaky: 0, fixed: 0 }] });
  assert(!zeros.includes("NaN") && !zeros.includes("Infinity"));
});
