/** The "recent activity" box on the front page: the last 30 things that happened. */
const SIZE = 30;
const ring: { what: string; thread: string; at: number }[] = new Array(SIZE);
let next = 0;
let total = 0;

export function note(what: string, thread: string) {
  ring[next] = { what, thread, at: Date.now() };
  next = (next + 1) % SIZE;
  total++;
}

export function recent(n: number) {
  const out = [];
  for (let k = 1; k <= Math.min(n, SIZE, total); k++) out.push(ring[(next - k + SIZE) % SIZE]);
  return out;
}
