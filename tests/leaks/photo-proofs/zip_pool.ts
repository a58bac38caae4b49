/**
 * Contact-sheet archives are built in a scratch buffer; the buffers are pooled (a few MB each
 * in production) and leased with `using`, so a lease goes back even when the build throws.
 */

const POOL_SIZE = 3;
const SCRATCH_BYTES = 64 * 1024;

class ZipWorker {
  readonly scratch = new Uint8Array(SCRATCH_BYTES);
  builds = 0;
}

const idle: ZipWorker[] = Array.from({ length: POOL_SIZE }, () => new ZipWorker());
const activity = { leased: 0, overflow: 0 };

export interface Lease extends Disposable {
  worker: ZipWorker;
}

export function leaseWorker(): Lease {
  const worker = idle.pop() ?? (activity.overflow++, new ZipWorker());
  activity.leased++;
  return {
    worker,
    [Symbol.dispose]() {
      activity.leased--;
      worker.scratch.fill(0, 0, 1024);
      if (idle.length < POOL_SIZE) idle.push(worker);
    },
  };
}

/** A stored (uncompressed) listing of the picked photos, standing in for the real archive. */
export function contactSheet(gallery: string, photos: string[]): Uint8Array<ArrayBuffer> {
  using lease = leaseWorker();
  const { scratch } = lease.worker;
  const text = new TextEncoder().encode(
    `contact sheet ${gallery}\n` + photos.map((p, n) => `${n + 1}. ${p}.jpg`).join("\n"),
  );
  const size = Math.min(text.length, scratch.length);
  scratch.set(text.subarray(0, size));
  lease.worker.builds++;
  return scratch.slice(0, size);
}

export function poolStats() {
  return { ...activity, idle: idle.length };
}
