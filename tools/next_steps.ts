/**
 * The "what to do next" lines more than one tool ends its text with, written once so the tools
 * never disagree.
 *
 * @module
 */

/** What both workload tools (simulated clients, HTTP requests) say comes next. */
export const NEXT_AFTER_WORKLOAD =
  "\nNext: capture_snapshot, then compare_snapshots against the baseline.";
