/**
 * The demo's SVG chart in a real browser: well-formed (parsed by Chromium's XML parser), and it
 * renders to pixels with bars of distinct widths.
 */

import { chromium } from "playwright-core";
import { renderGrowthChart } from "../../../demo/chart.ts";
import { CHROMIUM_ARGS, ensureChromium } from "../../support/chromium.ts";
import { assert, assertEquals } from "../../support/demo_assert.ts";

const rows = [
  { label: "messageHistory", sublabel: "scenario-6/app.ts:88", leaky: 400_000, fixed: null },
  { label: 'heartbeat <Timeout> & "friends"', sublabel: "app.ts:57", leaky: 200_000, fixed: 0 },
  { label: "userSessions", leaky: 100_000, fixed: 50_000 },
];

Deno.test("chart is well-formed XML and renders in headless Chromium", async () => {
  const executablePath = await ensureChromium();
  const svg = renderGrowthChart({ title: "Retained growth <per 100>", subtitle: "s", rows });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Run in the page (DOM types are not in Deno's lib, so the code goes as a string).
    const parsed = await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, "image/svg+xml");
      const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
      return { error, root: doc.documentElement.nodeName, bars: doc.querySelectorAll("rect.bar").length };
    })()`) as { error: string | null; root: string; bars: number };
    assertEquals(parsed.error, null);
    assertEquals(parsed.root, "svg");
    assertEquals(parsed.bars, 5); // 3 leaky + 2 measured fixed ("not growing" draws none)
    // Rendered, the leaky bars have real, distinct widths and the text is laid out.
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const widths = await page.evaluate(
      `[...document.querySelectorAll("rect.bar.leaky")].map((e) => e.getBBox().width)`,
    ) as number[];
    assertEquals(widths.length, 3);
    assert(widths[0] > widths[1] && widths[1] > widths[2] && widths[2] > 0);
    const png = await page.locator("svg").screenshot();
    assert(png.byteLength > 5_000, "the chart rendered to a non-trivial PNG");
  } finally {
    await browser.close();
  }
});
