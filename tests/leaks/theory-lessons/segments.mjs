// Watched parts of a video as a sorted list of [start, end) intervals in seconds.

/** Inserts `seg` and merges it with every interval it overlaps. Returns the list. */
export function addSegment(list, seg) {
  let i = 0;
  while (i < list.length && list[i].start < seg.start) i++;
  list.splice(i, 0, seg);
  // Merge with the neighbour before, then swallow the ones after.
  const at = i > 0 && list[i - 1].end > seg.start ? i - 1 : i;
  const cur = list[at];
  while (at + 1 < list.length && list[at + 1].start < cur.end) {
    const next = list[at + 1];
    cur.end = Math.max(cur.end, next.end);
    cur.heartbeats += next.heartbeats;
    list.splice(at + 1, 1);
  }
  return list;
}

export function coveredSeconds(list) {
  let total = 0;
  for (const s of list) total += s.end - s.start;
  return total;
}
