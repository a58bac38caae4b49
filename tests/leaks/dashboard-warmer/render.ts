export interface Dashboard {
  id: string;
  tenant: string;
  widgets: string[];
  range: "7d" | "30d";
}

export interface Rendered {
  id: string;
  renderedAt: string;
  panels: { widget: string; value: number; trend: number[] }[];
}

function seriesFor(tenant: string, widget: string, points: number): number[] {
  let seed = 0;
  for (const ch of tenant + widget) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  return Array.from({ length: points }, (_, n) => ((seed >> (n % 16)) % 1000) + n);
}

export function render(dashboard: Dashboard): Rendered {
  const points = dashboard.range === "30d" ? 30 : 7;
  return {
    id: dashboard.id,
    renderedAt: new Date().toISOString(),
    panels: dashboard.widgets.map((widget) => {
      const trend = seriesFor(dashboard.tenant, widget, points);
      return { widget, value: trend[trend.length - 1], trend };
    }),
  };
}
