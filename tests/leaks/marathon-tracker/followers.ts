import type { Split } from "./timing.ts";

export type Channel = "sms" | "push";

/** Texts and pushes handed to the messaging provider, counted per channel. */
export const outbox = { sms: 0, push: 0, lastSentAt: "" };

/** A spectator following a runner from the race app (or by text message at the start). */
export class Follower {
  active = true;
  lastSplit?: string;
  readonly since = new Date().toISOString();

  constructor(
    readonly device: string,
    readonly name: string,
    readonly channel: Channel,
    readonly address: string,
    readonly mats: string[],
    readonly cheerpoint?: string,
  ) {}

  wants(split: Split): boolean {
    return this.mats.length === 0 || this.mats.includes(split.mat);
  }

  deliver(split: Split, runnerName: string): void {
    const text = `${runnerName} passed ${split.mat} in ${split.elapsedSeconds}s ` +
      `(${split.pacePerKm}/km, finish ~${split.projectedFinish})`;
    this.lastSplit = split.mat;
    outbox[this.channel]++;
    outbox.lastSentAt = new Date().toISOString();
    if (text.length > 160 && this.channel === "sms") outbox.sms++; // a second part
  }
}
