/** Status badges (SVG), rendered once per repository and state. */

const COLOURS = { success: "#3fb950", failure: "#f85149", running: "#d29922", unknown: "#8b949e" };
type BadgeState = keyof typeof COLOURS;

const rendered = new Map<string, string>();

function renderSvg(label: string, state: BadgeState): string {
  const width = 60 + label.length * 7 + state.length * 7;
  const split = 20 + label.length * 7;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${label}: ${state}">` +
    `<rect width="${split}" height="20" fill="#555"/><rect x="${split}" width="${
      width - split
    }" height="20" fill="${COLOURS[state]}"/>` +
    `<text x="10" y="14" fill="#fff" font-family="Verdana" font-size="11">${label}</text>` +
    `<text x="${
      split + 8
    }" y="14" fill="#fff" font-family="Verdana" font-size="11">${state}</text></svg>`;
}

export function badge(repo: string, state: string | undefined): string {
  const s: BadgeState = state && state in COLOURS ? state as BadgeState : "unknown";
  const key = `${repo}|${s}`;
  let svg = rendered.get(key);
  if (!svg) {
    svg = renderSvg(repo, s);
    rendered.set(key, svg);
  }
  return svg;
}
