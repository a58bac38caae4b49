/**
 * Writes the report files into the output folder: `report.md`, `report.html`, `growth.svg`
 * and `findings.json` (the same data, for scripts).
 *
 * @module
 */

import { join } from "node:path";
import { renderGrowthChart } from "./chart.ts";
import type { DemoFindings } from "./findings.ts";
import { chartSubtitle, renderHtmlReport, renderMarkdownReport } from "./report.ts";

/** The chart of a demo run: one pair of bars per root cause. */
export function chartFor(findings: DemoFindings): string {
  return renderGrowthChart({
    title: "Retained growth per 100 connections, by suspect",
    subtitle: chartSubtitle(findings),
    leakyName: `leaky (${findings.leaky.app})`,
    fixedName: `fixed (${findings.fixed.app})`,
    rows: findings.causes.map((c) => ({
      label: c.path,
      sublabel: c.location,
      leaky: c.leakyPer100,
      fixed: c.fixedPer100,
    })),
  });
}

/** Writes the files; returns their paths, the Markdown report first. */
export async function writeReport(findings: DemoFindings, outDir: string): Promise<string[]> {
  await Deno.mkdir(outDir, { recursive: true });
  const svg = chartFor(findings);
  const files: [string, string][] = [
    [join(outDir, "report.md"), renderMarkdownReport(findings, "growth.svg")],
    [join(outDir, "report.html"), renderHtmlReport(findings, svg)],
    [join(outDir, "growth.svg"), svg],
    [join(outDir, "findings.json"), JSON.stringify(findings, null, 2) + "\n"],
  ];
  for (const [path, text] of files) await Deno.writeTextFile(path, text);
  return files.map(([p]) => p);
}
