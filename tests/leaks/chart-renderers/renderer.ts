// Ported from the dashboard's browser widget library: one ChartRenderer per chart drawn.
// The class keeps every live renderer so a theme switch can redraw them all.

export interface Series {
  label: string;
  points: number[];
}

export interface ChartSpec {
  title: string;
  width: number;
  height: number;
  series: Series[];
}

export interface Theme {
  name: string;
  palette: string[];
  background: string;
}

export const THEMES: Record<string, Theme> = {
  light: { name: "light", palette: ["#1f77b4", "#ff7f0e", "#2ca02c"], background: "#ffffff" },
  dark: { name: "dark", palette: ["#8ecae6", "#ffb703", "#90be6d"], background: "#1b1b1f" },
};

export class ChartRenderer {
  static instances: ChartRenderer[] = [];
  static theme: Theme = THEMES.light;
  static nextId = 1;

  static setTheme(name: string): number {
    ChartRenderer.theme = THEMES[name] ?? THEMES.light;
    ChartRenderer.instances.forEach((r) => r.draw());
    return ChartRenderer.instances.length;
  }

  readonly id: number;
  readonly spec: ChartSpec;
  svg = "";
  drawnAt = 0;

  constructor(spec: ChartSpec) {
    this.id = ChartRenderer.nextId++;
    this.spec = spec;
    ChartRenderer.instances.push(this);
  }

  draw(): string {
    const { width, height, series, title } = this.spec;
    const theme = ChartRenderer.theme;
    const max = Math.max(1, ...series.flatMap((s) => s.points));
    const groups = series.map((s, n) => {
      const barWidth = width / (s.points.length * series.length + 1);
      const bars = s.points.map((p, i) => {
        const h = (p / max) * (height - 30);
        const x = (i * series.length + n) * barWidth + barWidth / 2;
        return `<rect x="${x.toFixed(1)}" y="${(height - h).toFixed(1)}" width="${
          (barWidth * 0.9).toFixed(1)
        }" height="${h.toFixed(1)}"/>`;
      });
      return `<g fill="${theme.palette[n % theme.palette.length]}" data-label="${s.label}">${
        bars.join("")
      }</g>`;
    });
    this.svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect width="100%" height="100%" fill="${theme.background}"/>` +
      `<text x="8" y="18">${title}</text>${groups.join("")}</svg>`;
    this.drawnAt = Date.now();
    return this.svg;
  }

  sparkline(): string {
    const pts = this.spec.series[0]?.points ?? [];
    const max = Math.max(1, ...pts);
    const path = pts.map((p, i) => `${i === 0 ? "M" : "L"}${i * 4},${20 - (p / max) * 20}`);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${pts.length * 4}" height="20">` +
      `<path d="${path.join(" ")}" fill="none" stroke="${ChartRenderer.theme.palette[0]}"/></svg>`;
  }

  destroy(): void {
    const index = ChartRenderer.instances.indexOf(this);
    if (index >= 0) ChartRenderer.instances.splice(index, 1);
  }
}
