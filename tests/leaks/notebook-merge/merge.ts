export interface MergeResult {
  lines: string[];
  conflicts: number;
}

/**
 * Line-wise three-way merge of a tab's text (`theirs`) into the current text (`ours`), both
 * edited from `base`. A line only one side changed takes that side's text; a line both sides
 * changed differently is a conflict and the incoming edit wins (the app shows both in the
 * history). When line counts differ the incoming text wins wholesale.
 */
export function mergeLines(base: string[], ours: string[], theirs: string[]): MergeResult {
  if (base.length !== ours.length || base.length !== theirs.length) {
    return { lines: theirs.slice(), conflicts: theirs.length === ours.length ? 0 : 1 };
  }
  let conflicts = 0;
  const lines = base.map((b, i) => {
    const o = ours[i];
    const t = theirs[i];
    if (t === b) return o;
    if (o === b || o === t) return t;
    conflicts++;
    return t;
  });
  return { lines, conflicts };
}
