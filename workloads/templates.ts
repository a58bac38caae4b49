/**
 * Request templates: `{i}` and `{uuid}` in a URL, a body or a header's value become a running
 * number and a fresh UUID per request, so a workload can make distinct keys (a cache keyed by
 * URL, a map keyed by id, a limiter keyed by a client-id header) instead of hitting the same
 * entry every time.
 *
 * @module
 */

/** The placeholders {@link fillTemplate} replaces. */
export const TEMPLATE_PLACEHOLDERS = ["{i}", "{uuid}"] as const;

/** What one request's placeholders become. */
export interface TemplateValues {
  /** The request's running number. */
  i: number;
  /** A UUID, the same for every placeholder of one request. */
  uuid: string;
}

/** True when `text` holds a placeholder. */
export function hasPlaceholder(text: string): boolean {
  return TEMPLATE_PLACEHOLDERS.some((p) => text.includes(p));
}

/** `text` with `{i}` and `{uuid}` replaced. */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replaceAll("{i}", String(values.i)).replaceAll("{uuid}", values.uuid);
}

/** Header values with their placeholders filled (names are sent as given). */
export function fillHeaders(
  headers: Record<string, string>,
  values: TemplateValues,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, fillTemplate(value, values)]),
  );
}

/** The values for request number `i` (a fresh UUID each call). */
export function templateValues(i: number): TemplateValues {
  return { i, uuid: crypto.randomUUID() };
}

/**
 * The URL a template makes for request `i`, checked: a placeholder may only stand in the path,
 * query or fragment, so every request goes to the same origin (the one a caller vetted).
 * Throws a TypeError naming what is wrong.
 */
export function templateUrl(template: string, values: TemplateValues): URL {
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(template)?.[0];
  if (origin === undefined) {
    throw new TypeError(`url: not an absolute URL: "${template.slice(0, 200)}"`);
  }
  if (hasPlaceholder(origin)) {
    throw new TypeError(
      "url: {i} and {uuid} may stand only in the path or query, not in the host or port",
    );
  }
  try {
    return new URL(fillTemplate(template, values));
  } catch {
    throw new TypeError(`url: not a URL: "${template.slice(0, 200)}"`);
  }
}
