import { IDLE_MS, rooms } from "./presence.ts";

const SWEEP_EVERY_MS = 250;
/** Members idle this long are dropped from the room altogether (closed tab, lost network). */
const DROP_AFTER_MS = IDLE_MS * 2;

export const sweepStats = { runs: 0, dropped: 0 };

function sweep() {
  // monotonic clock: an NTP step on the host must not drop everyone at once
  const now = performance.now();
  sweepStats.runs++;
  for (const room of rooms.values()) {
    let changed = false;
    for (const [id, member] of room.members) {
      if (now - member.lastSeen > DROP_AFTER_MS) {
        room.members.delete(id);
        sweepStats.dropped++;
        changed = true;
      }
    }
    if (changed) room.revision++;
  }
}

export function startSweeper(): ReturnType<typeof setInterval> {
  return setInterval(sweep, SWEEP_EVERY_MS);
}
