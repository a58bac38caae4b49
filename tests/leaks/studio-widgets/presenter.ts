import type { WidgetConfig } from "./studios.ts";

export interface Presenter {
  config: WidgetConfig;
  money: Intl.NumberFormat;
  day: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  css: string;
  label(key: string): string;
}

// Intl formatters are slow to build, so a studio's are built once and reused until its
// settings change.
const presenters = new Map<WidgetConfig, Presenter>();

function themeCss(config: WidgetConfig): string {
  return [
    `.bw-root{--bw-accent:${config.accent};--bw-font:"${config.font}",system-ui,sans-serif}`,
    `.bw-root .bw-book{background:var(--bw-accent);color:#fff;border-radius:6px}`,
    `.bw-root .bw-full{color:#888;text-decoration:line-through}`,
    `.bw-root .bw-teacher img{display:${config.showTeacherPhotos ? "inline-block" : "none"}}`,
    `.bw-root[data-channel="${config.channel ?? "direct"}"] .bw-footer{display:block}`,
  ].join("\n");
}

export function presenterFor(config: WidgetConfig): Presenter {
  const cached = presenters.get(config);
  if (cached) return cached;
  const p: Presenter = {
    config,
    money: new Intl.NumberFormat(config.locale, { style: "currency", currency: config.currency }),
    day: new Intl.DateTimeFormat(config.locale, {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: config.timeZone,
    }),
    time: new Intl.DateTimeFormat(config.locale, {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: config.timeZone,
    }),
    css: themeCss(config),
    label: (key) => config.labels[key] ?? key,
  };
  presenters.set(config, p);
  return p;
}

/** Called when a studio saves new settings. */
export function invalidatePresenter(config: WidgetConfig): void {
  presenters.delete(config);
}

export function presenterCount(): number {
  return presenters.size;
}
