import type { Follower } from "./followers.ts";
import type { Split } from "./timing.ts";

/** One runner's live feed: the splits so far and the spectators who follow them. */
export class RunnerFeed {
  #followers: Follower[] = [];
  readonly splits: Split[] = [];

  constructor(readonly bib: string, readonly runnerName: string) {}

  /** A copy, so that a delivery that ends in an unfollow does not change the list being walked. */
  get followers(): Follower[] {
    return [...this.#followers];
  }

  follow(follower: Follower): void {
    this.#followers.push(follower);
  }

  unfollow(device: string): Follower | undefined {
    const followers = this.followers;
    const at = followers.findIndex((f) => f.device === device);
    if (at === -1) return undefined;
    const [gone] = followers.splice(at, 1);
    gone.active = false; // a notify() in progress skips it
    return gone;
  }

  record(split: Split): number {
    this.splits.push(split);
    if (this.splits.length > 7) this.splits.shift();
    let sent = 0;
    for (const follower of this.followers) {
      if (!follower.active || !follower.wants(split)) continue;
      follower.deliver(split, this.runnerName);
      sent++;
    }
    return sent;
  }
}

/** The elite field and the pacers: the runners the app offers to follow live. */
export const feeds = new Map<string, RunnerFeed>(
  [
    ["1", "Sifan Hassan"],
    ["2", "Abdi Nageeye"],
    ["7", "Anne Luijten"],
    ["112", "Pacer 2:59"],
    ["113", "Pacer 3:29"],
  ].map(([bib, name]) => [bib, new RunnerFeed(bib, name)]),
);
