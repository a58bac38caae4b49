/**
 * A flame graph of a CPU profile as a standalone SVG: one bar per function per call path, as
 * wide as its share of the busy samples (idle ones left out), callers below callees, the
 * widest child first. The program's own functions are warm colours, the runtime's blue-grey,
 * garbage collection purple; hovering a bar shows its function, `file:line`, share and time.
 * Bars narrower than a pixel are left out (the footer says how many).
 *
 * @module
 */

import type { SidecarScript } from "../heap/mod.ts";
import { LocatedProfile } from "./analyze.ts";
import type { FunctionKind } from "./model.ts";
import type { CpuProfile } from "./profile.ts";

/** What the graph is of. */
export interface FlameGraphOptions {
  scripts?: SidecarScript[];
  /** The heading, e.g. the target and the workload. */
  title: string;
  /** Pixels wide (default 1200). */
  width?: number;
}

const FRAME_HEIGHT = 17;
const HEADER = 54;
const FOOTER = 26;
const PAD = 10;
const CHAR_WIDTH = 6.6;
/** Most bars drawn: keeps a huge profile's SVG to a few MB. */
const MAX_BARS = 8000;
/** Deepest stack drawn. */
const MAX_DEPTH = 120;

interface Bar {
  fn: number;
  samples: number;
  us: number;
  children: Map<number, Bar>;
}

/** The SVG text of the flame graph of `profile`. */
export function renderFlameGraph(profile: CpuProfile, opts: FlameGraphOptions): string {
  const p = new LocatedProfile(profile, opts.scripts);
  const { model } = p;
  const width = opts.width ?? 1200;
  const root: Bar = { fn: -1, samples: 0, us: 0, children: new Map() };
  // Each node's bar, parents first: merge sibling nodes of one function (one per call site).
  const barOf: (Bar | undefined)[] = new Array(model.parent.length);
  const depthOf = new Int32Array(model.parent.length);
  for (const v of model.treeOrder) {
    const parent = model.parent[v] < 0 ? undefined : barOf[model.parent[v]];
    const fn = model.nodeFunction[v];
    if (!parent) {
      barOf[v] = root; // the (root) node is the whole graph
      continue;
    }
    depthOf[v] = depthOf[model.parent[v]] + 1;
    if (depthOf[v] > MAX_DEPTH) {
      barOf[v] = parent; // deeper frames count in the deepest one drawn
      continue;
    }
    let bar = parent.children.get(fn);
    if (!bar) parent.children.set(fn, bar = { fn, samples: 0, us: 0, children: new Map() });
    barOf[v] = bar;
  }
  // Samples up the tree: each bar counts its own and its descendants'.
  const nodeSamples = new Float64Array(model.parent.length);
  const nodeUs = new Float64Array(model.parent.length);
  for (let k = 0; k < model.sampleNode.length; k++) {
    const v = model.sampleNode[k];
    if (model.kindOfNode(v) === "idle") continue;
    nodeSamples[v]++;
    nodeUs[v] += model.sampleTime[k];
  }
  const subSamples = nodeSamples.slice();
  const subUs = nodeUs.slice();
  for (let k = model.treeOrder.length - 1; k > 0; k--) {
    const v = model.treeOrder[k];
    const parent = model.parent[v];
    if (parent >= 0) {
      subSamples[parent] += subSamples[v];
      subUs[parent] += subUs[v];
    }
  }
  for (const v of model.treeOrder) {
    const bar = barOf[v]!;
    const parentBar = model.parent[v] < 0 ? undefined : barOf[model.parent[v]];
    // A node merged into its parent's bar (too deep) is already in the parent's subtree.
    if (bar === parentBar) continue;
    bar.samples += subSamples[v];
    bar.us += subUs[v];
  }

  // Lay the bars out breadth-first from the root, so the widest are kept when MAX_BARS runs out.
  const graphWidth = width - 2 * PAD;
  const total = root.samples;
  const placed: { bar: Bar; x: number; w: number; depth: number }[] = [];
  let skipped = 0;
  const queue: { bar: Bar; x: number; depth: number }[] = [{ bar: root, x: PAD, depth: 0 }];
  for (let i = 0; i < queue.length; i++) {
    const { bar, x, depth } = queue[i];
    if (placed.length >= MAX_BARS) {
      skipped++;
      continue;
    }
    const w = total ? (bar.samples / total) * graphWidth : graphWidth;
    placed.push({ bar, x, w, depth });
    let cx = x;
    for (const child of [...bar.children.values()].sort((a, b) => b.samples - a.samples)) {
      const cw = total ? (child.samples / total) * graphWidth : 0;
      if (cw < 1) {
        if (child.samples > 0) skipped++;
        continue;
      }
      queue.push({ bar: child, x: cx, depth: depth + 1 });
      cx += cw;
    }
  }
  const drawnDepth = placed.reduce((d, b) => Math.max(d, b.depth), 0);
  const height = HEADER + (drawnDepth + 1) * FRAME_HEIGHT + FOOTER;
  const bars = placed.map(({ bar, x, w, depth }) =>
    barSvg(p, bar, x, height - FOOTER - (depth + 1) * FRAME_HEIGHT, w, total)
  );
  const legend = `width = share of ${total.toLocaleString("en-US")} busy samples ` +
    `(${(root.us / 1e6).toFixed(2)} s; idle left out). ` +
    "Orange: the program; blue-grey: the runtime; purple: garbage collection.";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="Verdana, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fdfaf5"/>`,
    `<text x="${PAD}" y="20" font-size="15" font-weight="bold">${escapeXml(opts.title)}</text>`,
    `<text x="${PAD}" y="40" fill="#555">${escapeXml(legend)}</text>`,
    ...bars,
    `<text x="${PAD}" y="${height - 8}" fill="#777">${
      skipped ? `${skipped} call paths narrower than a pixel not drawn. ` : ""
    }Open the .cpuprofile beside this file in Chrome DevTools (Performance) for the timeline.</text>`,
    "</svg>",
    "",
  ].join("\n");
}

function barSvg(p: LocatedProfile, bar: Bar, x: number, y: number, w: number, total: number) {
  const label = bar.fn < 0 ? "all" : p.label(bar.fn);
  const kind: FunctionKind | "all" = bar.fn < 0 ? "all" : p.model.functions[bar.fn].kind;
  const share = total ? (100 * bar.samples) / total : 0;
  const title = `${label}: ${share.toFixed(1)}% of busy samples, ${(bar.us / 1000).toFixed(1)} ms`;
  const maxChars = Math.floor((w - 6) / CHAR_WIDTH);
  const text = maxChars < 3
    ? ""
    : `<text x="${(x + 3).toFixed(1)}" y="${y + 12}">${
      escapeXml(label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label)
    }</text>`;
  return `<g><title>${escapeXml(title)}</title><rect x="${x.toFixed(1)}" y="${y}" ` +
    `width="${Math.max(w - 0.5, 0.5).toFixed(1)}" height="${FRAME_HEIGHT - 1}" rx="2" ` +
    `fill="${colour(kind, label)}"/>${text}</g>`;
}

/** Warm for the program (hue by name, so one function keeps its colour), cool otherwise. */
function colour(kind: FunctionKind | "all", label: string): string {
  let h = 0;
  for (let i = 0; i < label.length; i++) h = (h * 31 + label.charCodeAt(i)) >>> 0;
  switch (kind) {
    case "program":
      return `hsl(${10 + (h % 35)}, ${75 + (h % 20)}%, ${58 + ((h >> 8) % 12)}%)`;
    case "gc":
      return "hsl(275, 45%, 70%)";
    case "all":
      return "hsl(40, 10%, 80%)";
    default:
      return `hsl(${200 + (h % 25)}, 22%, ${70 + ((h >> 8) % 10)}%)`;
  }
}

function escapeXml(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}
