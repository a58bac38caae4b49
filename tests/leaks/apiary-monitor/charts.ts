/** Rendered weight charts (SVG), kept in a small LRU: the dashboard asks for the same few. */

import type { Reading } from "./hives.ts";

const MAX_CHARTS = 32;
const charts = new Map<string, string>();

export function chart(key: string, readings: Reading[]): string {
  const hit = charts.get(key);
  if (hit !== undefined) {
    charts.delete(key);
    charts.set(key, hit);
    return hit;
  }
  const points = readings.map((r, n) => `${n * 4},${Math.round(200 - r.weightKg * 3)}`).join(" ");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" data-key="${key}" viewBox="0 0 400 200">` +
    `<polyline fill="none" stroke="#c80" points="${points}"/></svg>`;
  charts.set(key, svg);
  if (charts.size > MAX_CHARTS) charts.delete(charts.keys().next().value!);
  return svg;
}
