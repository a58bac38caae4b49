/**
 * Gives typed arrays' memory back at once instead of at the next garbage collection, which
 * may come late (a worker that waits for its next job collects nothing): big arrays that
 * are dead before the analysis' peak would otherwise add to it.
 *
 * @module
 */

/**
 * Detaches the buffers of `arrays` (`ArrayBuffer.prototype.transfer(0)`), which frees their
 * memory now. Shared buffers cannot be detached and buffers already freed have nothing to
 * give: both are skipped. The arrays must not be read afterwards.
 */
export function freeNow(...arrays: ArrayBufferView[]): void {
  for (const a of arrays) {
    if (a.buffer instanceof ArrayBuffer && !a.buffer.detached) a.buffer.transfer(0);
  }
}
