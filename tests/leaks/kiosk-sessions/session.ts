// Self-checkout kiosk sessions. The class keeps the live ones (one per kiosk at most) so the
// operator screen and the idle sweep can see them; a session leaves on checkout, cancel or
// when idle for IDLE_MS.

export const shutdown = new AbortController();

const IDLE_MS = 2 * 60_000;

export interface Line {
  barcode: string;
  name: string;
  cents: number;
}

export class KioskSession {
  static live = new Map<string, KioskSession>();

  static start(kiosk: string, loyaltyId?: string): KioskSession {
    KioskSession.live.get(kiosk)?.end("replaced");
    const session = new KioskSession(kiosk, loyaltyId);
    KioskSession.live.set(kiosk, session);
    return session;
  }

  static of(kiosk: string): KioskSession | undefined {
    return KioskSession.live.get(kiosk);
  }

  static sweep(now = Date.now()): number {
    let ended = 0;
    for (const session of [...KioskSession.live.values()]) {
      if (now - session.lastActivity > IDLE_MS) {
        session.end("idle");
        ended++;
      }
    }
    return ended;
  }

  readonly lines: Line[] = [];
  readonly startedAt = Date.now();
  lastActivity = Date.now();
  endedBecause: string | null = null;
  readonly #onShutdown: () => void;

  private constructor(readonly kiosk: string, readonly loyaltyId?: string) {
    // deno-lint-ignore no-this-alias -- the style of the session code this was ported from
    const self = this;
    this.#onShutdown = function () {
      self.end("shutdown");
    };
    shutdown.signal.addEventListener("abort", this.#onShutdown);
  }

  scan(line: Line): void {
    this.lines.push(line);
    this.lastActivity = Date.now();
  }

  total(): number {
    return this.lines.reduce((sum, l) => sum + l.cents, 0);
  }

  end(reason: string): void {
    if (this.endedBecause) return;
    this.endedBecause = reason;
    shutdown.signal.removeEventListener("abort", this.#onShutdown);
    if (KioskSession.live.get(this.kiosk) === this) KioskSession.live.delete(this.kiosk);
  }
}

export const sweeper = setInterval(() => KioskSession.sweep(), 30_000);
Deno.unrefTimer(sweeper);
