/**
 * The demo's charts: pairs of bars per row (leaky vs fixed) as a self-contained SVG
 * (no fonts, scripts or external references, so it renders the same in a browser, an `<img>`,
 * GitHub's Markdown viewer and headless Chromium).
 *
 * Pure: plain data in, an SVG string out.
 *
 * @module
 */

import { formatBytes } from "../heap/mod.ts";

/** One suspect: a pair of horizontal bars. */
export interface ChartRow {
  /** The suspect's name, e.g. `messageHistory`. */
  label: string;
  /** A second, quieter line under the label, e.g. `scenario-6/app.ts:88`. */
  sublabel?: string;
  /** Bytes of growth in the leaky run (negative values draw as zero). */
  leaky: number;
  /** Bytes of growth in the fixed run; `null` when the fixed run did not report it growing. */
  fixed: number | null;
}

/** What to draw and how to caption it. */
export interface GrowthChartInput {
  title: string;
  subtitle?: string;
  rows: ChartRow[];
  /** Legend text of the two series. */
  leakyName?: string;
  fixedName?: string;
  /** Total width in px (default 880). */
  width?: number;
}

/** Colours picked to stay distinguishable for the common colour-vision deficiencies. */
const LEAKY_COLOR = "#d1495b";
const FIXED_COLOR = "#2a9d8f";
const TEXT_COLOR = "#1f2933";
const MUTED_COLOR = "#616e7c";
const GRID_COLOR = "#e4e7eb";

const FONT = "font-family=\"-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\"";
const LABEL_WIDTH = 310;
const VALUE_WIDTH = 150;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const ROW_HEIGHT = 2 * BAR_HEIGHT + BAR_GAP + 22;
const HEADER_HEIGHT = 92;
const AXIS_HEIGHT = 36;

/** Renders the chart. Bars share one linear scale, so a fixed bar's length is honest. */
export function renderGrowthChart(input: GrowthChartInput): string {
  const width = input.width ?? 880;
  const plotLeft = LABEL_WIDTH;
  const plotWidth = width - LABEL_WIDTH - VALUE_WIDTH;
  const rows = input.rows;
  const maxValue = Math.max(0, ...rows.flatMap((r) => [r.leaky, r.fixed ?? 0]));
  const ticks = niceTicks(maxValue);
  const scaleMax = ticks[ticks.length - 1] || 1;
  const barLength = (v: number) => (Math.max(0, v) / scaleMax) * plotWidth;
  const plotTop = HEADER_HEIGHT;
  const plotHeight = Math.max(1, rows.length) * ROW_HEIGHT;
  const height = plotTop + plotHeight + AXIS_HEIGHT;
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(input.title)}">`,
  );
  out.push(`<title>${escapeXml(input.title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(
    `<text x="20" y="32" ${FONT} font-size="20" font-weight="600" fill="${TEXT_COLOR}">` +
      `${escapeXml(input.title)}</text>`,
  );
  if (input.subtitle) {
    out.push(
      `<text x="20" y="54" ${FONT} font-size="13" fill="${MUTED_COLOR}">` +
        `${escapeXml(input.subtitle)}</text>`,
    );
  }
  // Legend.
  const legendY = 72;
  out.push(legendItem(20, legendY, LEAKY_COLOR, input.leakyName ?? "leaky (app.ts)"));
  out.push(
    legendItem(LABEL_WIDTH, legendY, FIXED_COLOR, input.fixedName ?? "fixed (app_fixed.ts)"),
  );

  // Grid lines and tick labels.
  for (const tick of ticks) {
    const x = round(plotLeft + barLength(tick));
    out.push(
      `<line x1="${x}" y1="${plotTop}" x2="${x}" y2="${plotTop + plotHeight}" ` +
        `stroke="${GRID_COLOR}" stroke-width="1"/>`,
    );
    out.push(
      `<text x="${x}" y="${plotTop + plotHeight + 18}" ${FONT} font-size="11" ` +
        `fill="${MUTED_COLOR}" text-anchor="middle">${escapeXml(formatBytes(tick))}</text>`,
    );
  }

  rows.forEach((row, i) => {
    const top = plotTop + i * ROW_HEIGHT + 10;
    const labelY = top + BAR_HEIGHT - 2;
    out.push(
      `<text x="${plotLeft - 12}" y="${labelY}" ${FONT} font-size="14" font-weight="600" ` +
        `fill="${TEXT_COLOR}" text-anchor="end">${escapeXml(clip(row.label, 36))}</text>`,
    );
    if (row.sublabel) {
      out.push(
        `<text x="${plotLeft - 12}" y="${labelY + BAR_HEIGHT + 4}" ${FONT} font-size="12" ` +
          `fill="${MUTED_COLOR}" text-anchor="end">${escapeXml(clip(row.sublabel, 42))}</text>`,
      );
    }
    out.push(bar(plotLeft, top, barLength(row.leaky), LEAKY_COLOR, "leaky", row.leaky));
    const fixedTop = top + BAR_HEIGHT + BAR_GAP;
    out.push(bar(plotLeft, fixedTop, barLength(row.fixed ?? 0), FIXED_COLOR, "fixed", row.fixed));
  });

  // Baseline of the bars.
  out.push(
    `<line x1="${plotLeft}" y1="${plotTop}" x2="${plotLeft}" y2="${plotTop + plotHeight}" ` +
      `stroke="${MUTED_COLOR}" stroke-width="1"/>`,
  );
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

/** A bar plus its value label just past its end. */
function bar(
  x: number,
  y: number,
  length: number,
  color: string,
  series: string,
  value: number | null,
): string {
  const w = round(Math.max(length, 0));
  // A bar too short to see still gets a 2px stub so the reader knows it was measured.
  const drawn = value === null ? 0 : Math.max(w, 2);
  // A shrink is drawn as a stub but labelled with its real (negative) value.
  const text = value === null ? "not growing" : formatBytes(value);
  const parts = [];
  if (drawn > 0) {
    parts.push(
      `<rect class="bar ${series}" data-value="${value ?? 0}" x="${x}" y="${y}" ` +
        `width="${drawn}" height="${BAR_HEIGHT}" rx="2" fill="${color}"/>`,
    );
  }
  parts.push(
    `<text x="${round(x + drawn + 6)}" y="${y + BAR_HEIGHT - 3}" ${FONT} font-size="12" ` +
      `fill="${value === null ? MUTED_COLOR : TEXT_COLOR}">${escapeXml(text)}</text>`,
  );
  return parts.join("\n");
}

function legendItem(x: number, y: number, color: string, text: string): string {
  return `<rect x="${x}" y="${y - 11}" width="14" height="14" rx="2" fill="${color}"/>` +
    `<text x="${x + 20}" y="${y}" ${FONT} font-size="13" fill="${TEXT_COLOR}">` +
    `${escapeXml(text)}</text>`;
}

/**
 * Axis ticks from 0 to a round number ≥ `max` (steps of 1, 2 or 5 × 10^k, in 1024-based units
 * so the labels read `256 KB`, `512 KB` rather than `262.1 KB`).
 */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0];
  const unit = max >= 1024 * 1024 ? 1024 * 1024 : max >= 1024 ? 1024 : 1;
  const scaled = max / unit;
  const rough = scaled / target;
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < scaled + step * 1e-9; v += step) ticks.push(v * unit);
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step * unit);
  return ticks;
}

/** Escapes text for use in SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Control characters are not allowed in XML 1.0 at all.
    // deno-lint-ignore no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
