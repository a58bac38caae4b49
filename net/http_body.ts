/**
 * Reading a small HTTP response body without trusting the server about its size: the inspector's
 * `/json/*` answers and an app's stats endpoint are both a few KB, and a wrong port could stream
 * anything.
 *
 * @module
 */

/**
 * The body of `res` as text, or `undefined` when it is longer than `maxBytes` (the stream is
 * cancelled as soon as it passes the limit, so a huge body is never held in memory).
 */
export async function readBodyUpTo(res: Response, maxBytes: number): Promise<string | undefined> {
  const reader = res.body?.getReader();
  if (!reader) return "";
  const parts: Uint8Array[] = [];
  let size = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    parts.push(value);
  }
  const all = new Uint8Array(size);
  let off = 0;
  for (const p of parts) {
    all.set(p, off);
    off += p.length;
  }
  return new TextDecoder().decode(all);
}
