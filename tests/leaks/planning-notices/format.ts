const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});
const andList = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

export function dateLong(ms: number): string {
  return longDate.format(ms);
}

export function listOf(items: string[]): string {
  return andList.format(items);
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** "PA-31-0042" → "pa-31-0042", for ETags and URLs. */
export function slug(ref: string): string {
  return ref.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
