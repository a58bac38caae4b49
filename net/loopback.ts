/**
 * Loopback checks: by default the server only talks to programs on this machine.
 *
 * @module
 */

/**
 * True when `host` names this machine's loopback interface: `localhost`, `127.0.0.0/8`, `::1`
 * (with or without brackets), or an IPv4-mapped `::ffff:127.x.x.x`.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.startsWith("::ffff:") ? h.slice(7) : h;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v4);
  return m !== null && m.slice(1).every((p) => Number(p) <= 255) && m[1] === "127";
}
