/**
 * How requests were answered, in words: statuses by count, most first (`409 ×5, 201 ×3`).
 *
 * @module
 */

/** `counts` (status → requests) as `409 ×5, 201 ×3`: the most frequent first. */
export function statusList(counts: Record<string, number>): string {
  return Object.entries(counts).sort(([, a], [, b]) => b - a).map(([s, n]) => `${s} ×${n}`)
    .join(", ");
}
