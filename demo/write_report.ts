/**
 * Writes the report files into the output folder: `report.md`, `report.html`, the charts
 * `heap-growth.svg` and `growth.svg`, and `findings.json` (the same data, for scripts).
 *
 * @module
 */

import { join } from "node:path";
import { renderGrowthChart } from "./chart.ts";
import { causeLocation, type DemoFindings, heapGrowthPer100, leakPer100 } from "./findings.ts";
import { chartSubtitle, renderHtmlReport, renderMarkdownReport } from "./report.ts";

/**
 * The causes chart: one pair of bars per root cause, the new objects it keeps per 100
 * connections. A suspect inside another has no bytes of its own (they count in its parent), so
 * it has no bar; its parent's row names it.
 */
export function chartFor(findings: DemoFindings): string {
  const outer = findings.causes.filter((c) => c.suspect.insideOf === undefined);
  return renderGrowthChart({
    title: "New objects each root cause keeps, per 100 connections",
    subtitle: chartSubtitle(findings),
    leakyName: `leaky (${findings.leaky.app})`,
    fixedName: `fixed (${findings.fixed.app})`,
    rows: outer.map((c) => {
      const inside = findings.causes
        .filter((x) => x.suspect.insideOf === c.suspect.rank)
        .map((x) => `#${x.suspect.rank}`);
      return {
        label: `${c.suspect.rank}. ${c.suspect.name}`,
        sublabel: [causeLocation(c.suspect), inside.length ? `with ${inside.join(", ")}` : ""]
          .filter(Boolean).join(" · "),
        leaky: c.leakyPer100,
        fixed: c.fixedPer100,
      };
    }),
  });
}

/**
 * The headline chart: per 100 connections, the leak the suspects account for and the whole
 * heap's growth (JIT-compiled code excluded), leaky vs fixed.
 */
export function heapChartFor(findings: DemoFindings): string {
  const { leaky, fixed } = findings;
  return renderGrowthChart({
    title: "Leak per 100 connections, before and after the fix",
    subtitle: `Measured between the baseline and the after snapshot (${leaky.connections} and ` +
      `${fixed.connections} connect/send/disconnect cycles)`,
    leakyName: `leaky (${leaky.app})`,
    fixedName: `fixed (${fixed.app})`,
    rows: [
      {
        label: "kept by the suspects",
        sublabel: "new objects, compare_snapshots' leak total",
        leaky: leakPer100(leaky),
        fixed: leakPer100(fixed),
      },
      {
        label: "whole heap",
        sublabel: "all objects, JIT-compiled code excluded",
        leaky: heapGrowthPer100(leaky),
        fixed: heapGrowthPer100(fixed),
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
