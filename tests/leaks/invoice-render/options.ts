export interface Footnote {
  n: number;
  text: string;
}

export interface RenderOptions {
  pageSize: "A4" | "Letter";
  locale: string;
  currency: string;
  fonts: string[];
  footnotes: Footnote[];
  watermark: string | null;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = {
  pageSize: "A4",
  locale: "en-GB",
  currency: "EUR",
  fonts: ["Inter", "Inter Bold"],
  footnotes: [],
  watermark: null,
};

export const withDefaults = (overrides: Partial<RenderOptions> = {}): RenderOptions => ({
  ...DEFAULT_RENDER_OPTIONS,
  ...overrides,
});
