/**
 * Writes the report files into the output folder: `report.md`, `report.html`, the charts
 * `heap-growth.svg` and `growth.svg`, and `findings.json` (the same data, for scripts).
 *
 * @module
 */

import { join } from "node:path";
import { renderGrowthChart } from "./chart.ts";
import { anyFreed, type DemoFindings, heapGrowthPer100, userGrowthPer100 } from "./findings.ts";
import { chartSubtitle, renderHtmlReport, renderMarkdownReport } from "./report.ts";

/**
 * The chart of a demo run: one pair of bars per root cause, what clearing it frees (its retained
 * size when that was not measured, said in the row's sublabel).
 */
export function chartFor(findings: DemoFindings): string {
  const freed = anyFreed(findings);
  return renderGrowthChart({
    title: freed
      ? "What clearing each root cause frees, per 100 connections"
      : "Retained growth per 100 connections, by suspect",
    subtitle: chartSubtitle(findings),
    leakyName: `leaky (${findings.leaky.app})`,
    fixedName: `fixed (${findings.fixed.app})`,
    rows: findings.causes.map((c) => ({
      label: c.path,
      sublabel: freed && c.costMeasure === "retained"
        ? `${c.location ?? "no line"} · retained size`
        : c.location,
      leaky: c.leakyPer100,
      fixed: c.fixedPer100,
    })),
  });
}

/** The headline chart: heap growth per 100 connections (JIT-compiled code excluded), and user objects only. */
export function heapChartFor(findings: DemoFindings): string {
  const { leaky, fixed } = findings;
  return renderGrowthChart({
    title: "Heap growth per 100 connections, before and after the fix",
    subtitle: `Measured between the baseline and the after snapshot (${leaky.connections} and ` +
      `${fixed.connections} connect/send/disconnect cycles)`,
    leakyName: `leaky (${leaky.app})`,
    fixedName: `fixed (${fixed.app})`,
    rows: [
      {
        label: "whole heap",
        sublabel: "all objects, JIT-compiled code excluded",
        leaky: heapGrowthPer100(leaky),
        fixed: heapGrowthPer100(fixed),
      },
      {
        label: "program objects",
        sublabel: "the app's own objects only",
        leaky: userGrowthPer100(leaky),
        fixed: userGrowthPer100(fixed),
      },
    ],
  });
}

/** Writes the files; returns their paths, the Markdown report first. */
export async function writeReport(findings: DemoFindings, outDir: string): Promise<string[]> {
  await Deno.mkdir(outDir, { recursive: true });
  const svg = chartFor(findings);
  const heapSvg = heapChartFor(findings);
  const files: [string, string][] = [
    [join(outDir, "report.md"), renderMarkdownReport(findings, ["heap-growth.svg", "growth.svg"])],
    [join(outDir, "report.html"), renderHtmlReport(findings, [heapSvg, svg])],
    [join(outDir, "growth.svg"), svg],
    [join(outDir, "heap-growth.svg"), heapSvg],
    [join(outDir, "findings.json"), JSON.stringify(findings, null, 2) + "\n"],
  ];
  for (const [path, text] of files) await Deno.writeTextFile(path, text);
  return files.map(([p]) => p);
}
