export interface SeatChange {
  showId: string;
  seats: string[];
  state: "held" | "sold" | "free";
  at: number;
}

export interface SeatWatcherLike {
  onSeatChange(change: SeatChange): void;
}

export class SeatFeed {
  readonly watchers = new Set<SeatWatcherLike>();
  private published = 0;

  constructor(readonly showId: string) {}

  watch(watcher: SeatWatcherLike) {
    this.watchers.add(watcher);
  }

  unwatch(watcher: SeatWatcherLike) {
    this.watchers.delete(watcher);
  }

  publish(seats: string[], state: SeatChange["state"]) {
    this.published++;
    const change = { showId: this.showId, seats, state, at: Date.now() };
    for (const w of this.watchers) {
      try {
        w.onSeatChange(change);
      } catch (err) {
        console.error("seat watcher failed", err);
      }
    }
  }

  stats() {
    return { showId: this.showId, published: this.published, watching: this.watchers.size };
  }
}

export class SeatWatcher implements SeatWatcherLike {
  protected conflicts: string[] = [];

  constructor(protected feed: SeatFeed) {
    feed.watch(this);
  }

  onSeatChange(change: SeatChange) {
    this.conflicts.push(...change.seats);
  }

  close() {
    this.feed.unwatch(this);
  }
}
