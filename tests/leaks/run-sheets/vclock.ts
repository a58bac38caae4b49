/**
 * Version vectors: for each replica (an editing session on a tablet), the highest counter of
 * its writes that a state includes.
 */
export type VersionVector = Map<string, number>;

export function observe(vector: VersionVector, replica: string, counter: number) {
  if ((vector.get(replica) ?? 0) >= counter) return;
  vector.set(replica, counter);
}

export function mergeInto(into: VersionVector, from: VersionVector) {
  for (const [replica, counter] of from) observe(into, replica, counter);
}

/** True when `a` has seen everything `b` has. */
export function dominates(a: VersionVector, b: VersionVector): boolean {
  for (const [replica, counter] of b) if ((a.get(replica) ?? 0) < counter) return false;
  return true;
}
