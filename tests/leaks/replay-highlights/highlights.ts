import type { Frame, Replay } from "./replays.ts";

export interface Highlight {
  fromT: number;
  toT: number;
  player: string;
  kind: string;
}

/** Bursts of actions by one player inside a short window make the highlight reel. */
export function highlights(replay: Replay, windowMs = 3000, minActions = 3): Highlight[] {
  const out: Highlight[] = [];
  const byPlayer = new Map<string, Frame[]>();
  for (const f of replay.frames) {
    if (!f.action) continue;
    const list = byPlayer.get(f.player) ?? [];
    list.push(f);
    byPlayer.set(f.player, list);
  }
  for (const [player, frames] of byPlayer) {
    let start = 0;
    for (let end = 0; end < frames.length; end++) {
      while (frames[end].t - frames[start].t > windowMs) start++;
      if (end - start + 1 >= minActions) {
        const prev = out.at(-1);
        if (prev && prev.player === player && frames[start].t <= prev.toT) {
          prev.toT = frames[end].t;
        } else {
          out.push({
            fromT: frames[start].t,
            toT: frames[end].t,
            player,
            kind: frames[end].action!,
          });
        }
      }
    }
  }
  return out.sort((a, b) => a.fromT - b.fromT);
}
