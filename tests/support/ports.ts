/**
 * Free loopback TCP ports for tests: never assume 9229/8086 are free.
 *
 * @module
 */

/** A port that was free a moment ago on 127.0.0.1 (listen on 0, read it, close). */
export function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}
