/**
 * Sticker artwork: the SVG the customer approves as a proof, and how many fit on a press
 * sheet (SRA3, 320 × 450 mm, 3 mm bleed and 4 mm gutters).
 */
export interface StickerSpec {
  customer: string;
  design: string;
  shape: "circle" | "square" | "rounded" | "die-cut";
  widthMm: number;
  heightMm: number;
  qty: number;
  finish: "gloss" | "matte" | "holographic";
}

const SHAPES = new Set(["circle", "square", "rounded", "die-cut"]);
const FINISHES = new Set(["gloss", "matte", "holographic"]);
const SHEET = { widthMm: 320, heightMm: 450 };
const BLEED_MM = 3;
const GUTTER_MM = 4;

export function parseSpec(b: Record<string, unknown>): StickerSpec {
  const shape = String(b.shape ?? "circle");
  const finish = String(b.finish ?? "gloss");
  if (!SHAPES.has(shape)) throw Object.assign(new Error(`unknown shape ${shape}`), { status: 422 });
  if (!FINISHES.has(finish)) throw Object.assign(new Error("unknown finish"), { status: 422 });
  const widthMm = Math.min(300, Math.max(10, Number(b.widthMm) || 50));
  const heightMm = Math.min(300, Math.max(10, Number(b.heightMm) || widthMm));
  return {
    customer: String(b.customer ?? ""),
    design: String(b.design ?? "").slice(0, 200),
    shape: shape as StickerSpec["shape"],
    widthMm,
    heightMm,
    qty: Math.min(100_000, Math.max(50, Math.round(Number(b.qty) || 100))),
    finish: finish as StickerSpec["finish"],
  };
}

const escape = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);

export function renderArtwork(spec: StickerSpec): string {
  const w = spec.widthMm + 2 * BLEED_MM;
  const h = spec.heightMm + 2 * BLEED_MM;
  const outline = spec.shape === "circle"
    ? `<ellipse cx="${w / 2}" cy="${h / 2}" rx="${spec.widthMm / 2}" ry="${spec.heightMm / 2}"/>`
    : `<rect x="${BLEED_MM}" y="${BLEED_MM}" width="${spec.widthMm}" height="${spec.heightMm}"` +
      ` rx="${spec.shape === "rounded" ? 4 : 0}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" ` +
    `viewBox="0 0 ${w} ${h}"><g id="cut" fill="none" stroke="#ff00ff" stroke-width="0.25">` +
    `${outline}</g><g id="art"><text x="${w / 2}" y="${h / 2}" text-anchor="middle" ` +
    `font-family="Inter, sans-serif" font-size="${Math.max(3, spec.heightMm / 8)}">` +
    `${escape(spec.design)}</text></g><metadata>${spec.finish}; ${spec.qty} pcs</metadata></svg>`;
}

export function impose(spec: StickerSpec) {
  const across = Math.floor(SHEET.widthMm / (spec.widthMm + 2 * BLEED_MM + GUTTER_MM));
  const down = Math.floor(SHEET.heightMm / (spec.heightMm + 2 * BLEED_MM + GUTTER_MM));
  const perSheet = Math.max(1, across * down);
  const sheets = Math.ceil(spec.qty / perSheet);
  return { perSheet, sheets, waste: sheets * perSheet - spec.qty };
}

export function quoteCents(spec: StickerSpec): number {
  const { sheets } = impose(spec);
  const finish = spec.finish === "holographic" ? 1.6 : spec.finish === "matte" ? 1.1 : 1;
  return Math.round((1500 + sheets * 85 + (spec.shape === "die-cut" ? 2500 : 0)) * finish);
}
