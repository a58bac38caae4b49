/**
 * One interval for all the periodic chores of the service. Jobs get a monotonic timestamp so a
 * wall-clock change (NTP step, DST on a badly configured box) cannot make them all fire at once.
 */
type Chore = { name: string; everyMs: number; lastRun: number; run: (now: number) => void };

const chores: Chore[] = [];
let timer: ReturnType<typeof setInterval> | undefined;

export function every(name: string, everyMs: number, run: (now: number) => void) {
  chores.push({ name, everyMs, lastRun: performance.now(), run });
  timer ??= setInterval(tick, 50);
}

function tick() {
  const now = performance.now();
  for (const chore of chores) {
    if (now - chore.lastRun < chore.everyMs) continue;
    chore.lastRun = now;
    try {
      chore.run(now);
    } catch (err) {
      console.error(`chore ${chore.name} failed`, err);
    }
  }
}

export function stop() {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
}
