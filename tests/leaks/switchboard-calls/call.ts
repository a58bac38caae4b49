/** Service level: answered within 20 s; a live call over 8 minutes shows amber on the board. */
const SLA_ANSWER_MS = 20_000;
const LONG_CALL_MS = 8 * 60_000;
const TICK_MS = 250;

export type CallStatus = "ringing" | "answered" | "held" | "ended";

export interface LiveState {
  status: CallStatus;
  waitingMs: number;
  talkingMs: number;
  slaBreached: boolean;
  long: boolean;
}

export interface CallInfo {
  sid: string;
  from: string;
  queue: string;
  ivr: string[];
  account: string | null;
}

export class Call {
  readonly sid: string;
  readonly from: string;
  readonly queue: string;
  readonly ivr: string[];
  readonly account: string | null;
  readonly arrivedAt = Date.now();
  status: CallStatus = "ringing";
  agent: string | null = null;
  answeredAt: number | null = null;
  endedAt: number | null = null;
  outcome: string | null = null;
  notes = "";
  #live: LiveState | null = null;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor(info: CallInfo) {
    this.sid = info.sid;
    this.from = info.from;
    this.queue = info.queue;
    this.ivr = info.ivr;
    this.account = info.account;
  }

  /**
   * What the wallboard shows for this call, kept current by a ticker. The ticker only starts
   * the first time someone looks, so calls that never reach a board cost nothing.
   */
  get live(): LiveState {
    this.#ticker ??= setInterval(() => this.#tick(), TICK_MS);
    if (!this.#live) this.#tick();
    return this.#live!;
  }

  #tick(): void {
    const now = this.endedAt ?? Date.now();
    const waitingMs = (this.answeredAt ?? now) - this.arrivedAt;
    const talkingMs = this.answeredAt ? now - this.answeredAt : 0;
    this.#live = {
      status: this.status,
      waitingMs,
      talkingMs,
      slaBreached: waitingMs > SLA_ANSWER_MS,
      long: talkingMs > LONG_CALL_MS,
    };
  }

  answer(agent: string): void {
    if (this.status !== "ringing" && this.status !== "held") {
      throw new Error(`call is ${this.status}`);
    }
    this.agent = agent;
    this.answeredAt ??= Date.now();
    this.status = "answered";
  }

  hold(): void {
    if (this.status === "answered") this.status = "held";
  }

  /** The caller hung up or the agent closed it: stop ticking and hand back the wrap-up. */
  end(outcome: string, notes: string) {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
    this.status = "ended";
    this.endedAt = Date.now();
    this.outcome = outcome;
    this.notes = notes;
    const { waitingMs, talkingMs, slaBreached } = this.live;
    return {
      sid: this.sid,
      queue: this.queue,
      agent: this.agent,
      outcome,
      waitingMs,
      talkingMs,
      slaBreached,
      endedAt: new Date(this.endedAt).toISOString(),
    };
  }
}
