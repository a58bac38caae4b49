import type { Memo } from "./memos.ts";

export const SEGMENT = 4096;

/**
 * Fixed-size segments of the audio files, least recently used evicted past `max`. Players
 * ask for the same first few segments over and over (scrubbing, re-listens).
 */
export class SegmentCache {
  #segments = new Map<string, Uint8Array<ArrayBuffer>>();
  #reads = 0;

  constructor(readonly max: number) {}

  segment(memo: Memo, index: number): Uint8Array<ArrayBuffer> {
    const key = `${memo.id}:${index}`;
    const hit = this.#segments.get(key);
    if (hit) {
      this.#segments.delete(key);
      this.#segments.set(key, hit);
      return hit;
    }
    this.#reads++;
    const bytes = memo.audio.slice(index * SEGMENT, (index + 1) * SEGMENT);
    this.#segments.set(key, bytes);
    if (this.#segments.size > this.max) {
      this.#segments.delete(this.#segments.keys().next().value!);
    }
    return bytes;
  }

  /** Bytes [start, end] (inclusive) of the memo, assembled from segments. */
  range(memo: Memo, start: number, end: number): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(end - start + 1);
    let pos = start;
    while (pos <= end) {
      const index = Math.floor(pos / SEGMENT);
      const seg = this.segment(memo, index);
      const from = pos - index * SEGMENT;
      const take = Math.min(seg.length - from, end - pos + 1);
      out.set(seg.subarray(from, from + take), pos - start);
      pos += take;
    }
    return out;
  }

  stats() {
    return { cached: this.#segments.size, diskReads: this.#reads };
  }
}
