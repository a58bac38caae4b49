export interface Frame {
  t: number;
  player: string;
  x: number;
  y: number;
  action?: string;
}

export interface Replay {
  id: string;
  match: string;
  map: string;
  players: string[];
  winner: string;
  frames: Frame[];
  uploadedAt: number;
}

/** What a player's profile lists without loading the replay itself. */
export interface ReplaySummary {
  id: string;
  map: string;
  opponents: string[];
  won: boolean;
  durationS: number;
  uploadedAt: string;
}

/** Recent replays are kept in memory for the spectator client; older ones are in cold storage. */
const KEEP = 40;

export class ReplayStore {
  replays = new Map<string, Replay>();
  byPlayer = new Map<string, ReplaySummary[]>();

  add(replay: Replay): void {
    this.replays.set(replay.id, replay);
    const last = replay.frames.at(-1)?.t ?? 0;
    for (const player of replay.players) {
      const summary: ReplaySummary = {
        id: replay.id,
        map: replay.map,
        opponents: replay.players.filter((p) => p !== player),
        won: replay.winner === player,
        durationS: Math.round(last / 1000),
        uploadedAt: new Date(replay.uploadedAt).toISOString(),
      };
      const list = this.byPlayer.get(player);
      if (list) list.push(summary);
      else this.byPlayer.set(player, [summary]);
    }
    while (this.replays.size > KEEP) {
      const oldest = this.replays.keys().next().value!;
      this.replays.delete(oldest);
    }
  }

  get(id: string): Replay | undefined {
    return this.replays.get(id);
  }

  profile(player: string, limit = 10): ReplaySummary[] {
    return (this.byPlayer.get(player) ?? []).slice(-limit).reverse();
  }
}
