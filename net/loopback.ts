/**
 * Loopback checks: by default the server only talks to programs on this machine.
 *
 * @module
 */

/**
 * True when `host` names this machine's loopback interface: `localhost`, `127.0.0.0/8`, `::1`
 * (with or without brackets, in any spelling), or an IPv4-mapped `::ffff:127.x.x.x` — also as
 * the URL parser writes it (`[::ffff:7f00:1]`).
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (h.includes(":")) {
    const groups = ipv6Groups(h);
    if (!groups) return false;
    const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
    if (zeros(0, 7) && groups[7] === 1) return true; // ::1
    // ::ffff:a.b.c.d, IPv4-mapped: loopback when the IPv4 address is 127/8.
    return zeros(0, 5) && groups[5] === 0xffff && groups[6] >> 8 === 127;
  }
  const v4 = ipv4Octets(h);
  return v4 !== undefined && v4[0] === 127;
}

/** `a.b.c.d` → its four octets, or undefined. */
function ipv4Octets(s: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail read), or undefined. */
function ipv6Groups(s: string): number[] | undefined {
  let text = s;
  const lastColon = text.lastIndexOf(":");
  const dotted = text.slice(lastColon + 1);
  if (dotted.includes(".")) {
    // ::ffff:127.0.0.1 → ::ffff:7f00:1
    const v4 = ipv4Octets(dotted);
    if (!v4) return undefined;
    const hex = (hi: number, lo: number) => ((hi << 8) | lo).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hex(v4[0], v4[1])}:${hex(v4[2], v4[3])}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parse = (part: string) => part === "" ? [] : part.split(":");
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined;
  const groups: string[] = [...head, ...Array(8 - given).fill("0"), ...rest];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => parseInt(g, 16));
}
