import { log, type LoggedEvent } from "./event_log.ts";

interface MinuteLine {
  at: string;
  text: string;
}

interface MeetingMinutes {
  meeting: string;
  speaking: string | null;
  turns: Record<string, number>;
  motions: { carried: number; lost: number };
  lines: MinuteLine[];
}

const MAX_LINES = 40;

/**
 * The live minutes, folded from the log in order. The projection sees every event (and only
 * applies the ones of its meetings), so its checkpoint always moves on by one; one that comes
 * early waits for its turn.
 */
class MinutesProjection {
  #checkpoint = 0;
  #early = new Map<number, LoggedEvent>();
  #meetings = new Map<string, MeetingMinutes>();

  constructor(meetings: string[]) {
    for (const meeting of meetings) {
      this.#meetings.set(meeting, {
        meeting,
        speaking: null,
        turns: {},
        motions: { carried: 0, lost: 0 },
        lines: [],
      });
    }
  }

  receive(event: LoggedEvent): void {
    if (event.position <= this.#checkpoint) return;
    if (event.position > this.#checkpoint + 1) {
      this.#early.set(event.position, event);
      return;
    }
    this.#apply(event);
    for (
      let next = this.#early.get(this.#checkpoint + 1);
      next;
      next = this.#early.get(this.#checkpoint + 1)
    ) {
      this.#early.delete(next.position);
      this.#apply(next);
    }
  }

  #apply(event: LoggedEvent): void {
    this.#checkpoint = event.position;
    const minutes = this.#meetings.get(event.stream.replace(/^meeting-/, ""));
    if (!minutes) return;
    const data = event.data as Record<string, string>;
    let text: string | undefined;
    if (event.type === "SpeakerQueued") {
      text = `${data.councillor} asks to speak on ${data.item}`;
    } else if (event.type === "SpeakerStarted") {
      minutes.speaking = data.councillor;
      minutes.turns[data.councillor] = (minutes.turns[data.councillor] ?? 0) + 1;
      text = `${data.councillor} has the floor`;
    } else if (event.type === "SpeakerFinished") {
      if (minutes.speaking === data.councillor) minutes.speaking = null;
    } else if (event.type === "MotionClosed") {
      if (data.result === "carried") minutes.motions.carried++;
      else minutes.motions.lost++;
      text = `${data.motion} ${data.result} (${data.tally})`;
    }
    if (text) {
      minutes.lines.push({ at: event.at, text });
      if (minutes.lines.length > MAX_LINES) minutes.lines.shift();
    }
  }

  view(meeting: string) {
    const minutes = this.#meetings.get(meeting);
    return minutes && { ...minutes, lines: minutes.lines.slice(-10), asOf: this.#checkpoint };
  }
}

export const MEETINGS = ["raad-2025-06-12", "commissie-ruimte-2025-06-10"];
export const minutes = new MinutesProjection(MEETINGS);
log.follow((event) => minutes.receive(event));
