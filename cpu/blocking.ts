/**
 * Event-loop blocking, read from the samples: a busy stretch is a run of consecutive samples
 * with the program's own code on the stack — the loop could not serve anything else meanwhile.
 * Garbage collection and V8's native work inside such a run belong to it; an idle sample, or
 * one in the runtime's code alone (the loop between tasks, parsing the next request), ends it.
 * Two tasks with no sample between them (under load, less than one sampling interval apart)
 * read as one stretch.
 *
 * @module
 */

import type { ProfileModel } from "./model.ts";
import { programChains } from "./paths.ts";

/** One busy stretch (times in microseconds). */
export interface BusyStretch {
  /** From the profile's start. */
  startUs: number;
  durationUs: number;
  samples: number;
  /** The outermost program function of its first sample (the task's entry), as an index. */
  entryFn: number;
  /** The function on top in most of its samples, and in how many. */
  topFn: number;
  topSamples: number;
}

/** Every busy stretch, longest first. */
export function busyStretches(model: ProfileModel): BusyStretch[] {
  if (!model.hasTimeline) return [];
  const { chainOf, chainParent, chainFunction } = programChains(model);
  const entryOf = (chain: number) => {
    let c = chain;
    while (chainParent[c] > 0) c = chainParent[c];
    return chainFunction[c];
  };
  const stretches: BusyStretch[] = [];
  const count = model.sampleNode.length;
  let k = 0;
  while (k < count) {
    if (chainOf[model.sampleNode[k]] === 0) {
      k++;
      continue;
    }
    // A stretch starts here; it lasts through program samples and the neutral ones (GC, V8's
    // native work) that lie between two program samples.
    let last = k;
    let j = k + 1;
    while (j < count) {
      const v = model.sampleNode[j];
      if (chainOf[v] !== 0) {
        last = j++;
        continue;
      }
      const kind = model.kindOfNode(v);
      if (kind !== "gc" && kind !== "native") break;
      j++;
    }
    const tops = new Map<number, number>();
    for (let s = k; s <= last; s++) {
      const fn = model.nodeFunction[model.sampleNode[s]];
      tops.set(fn, (tops.get(fn) ?? 0) + 1);
    }
    const [topFn, topSamples] = [...tops].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    stretches.push({
      startUs: model.sampleStart[k],
      durationUs: model.sampleStart[last] + model.sampleTime[last] - model.sampleStart[k],
      samples: last - k + 1,
      entryFn: entryOf(chainOf[model.sampleNode[k]]),
      topFn,
      topSamples,
    });
    k = last + 1;
  }
  return stretches.sort((a, b) => b.durationUs - a.durationUs || a.startUs - b.startUs);
}
