/**
 * Per-charger energy roll-ups: meter values come in as they are measured and are summed per
 * charger over a short window; every ROLLUP_EVERY_MS the window is closed and kept for the
 * operator dashboard and the billing export.
 */
export interface MeterValue {
  chargerId: string;
  connector: number;
  site: string;
  energyWh: number;
  powerW: number;
  at: number;
}

export interface ChargerTotals {
  chargerId: string;
  site: string;
  connectors: number[];
  energyWh: number;
  peakPowerW: number;
  samples: number;
  firstAt: number;
  lastAt: number;
}

export interface RollupWindow {
  start: number;
  end: number;
  energyWh: number;
  chargers: ChargerTotals[];
}

export const ROLLUP_EVERY_MS = 100;
/** What the dashboard shows: the last minute at 100 ms resolution. */
export const DASHBOARD_WINDOWS = 600;

export class EnergyRollup {
  static history: RollupWindow[] = [];
  static current = new Map<string, ChargerTotals>();
  static windowStart = Date.now();
  static #timer: ReturnType<typeof setInterval> | undefined;

  static record(value: MeterValue): void {
    let totals = EnergyRollup.current.get(value.chargerId);
    if (!totals) {
      totals = {
        chargerId: value.chargerId,
        site: value.site,
        connectors: [],
        energyWh: 0,
        peakPowerW: 0,
        samples: 0,
        firstAt: value.at,
        lastAt: value.at,
      };
      EnergyRollup.current.set(value.chargerId, totals);
    }
    if (!totals.connectors.includes(value.connector)) totals.connectors.push(value.connector);
    totals.energyWh += value.energyWh;
    totals.peakPowerW = Math.max(totals.peakPowerW, value.powerW);
    totals.samples++;
    totals.lastAt = value.at;
  }

  static roll(now = Date.now()): void {
    if (EnergyRollup.current.size === 0) {
      EnergyRollup.windowStart = now;
      return;
    }
    const chargers = [...EnergyRollup.current.values()];
    const window: RollupWindow = {
      start: EnergyRollup.windowStart,
      end: now,
      energyWh: chargers.reduce((sum, c) => sum + c.energyWh, 0),
      chargers,
    };
    EnergyRollup.history.push(window);
    EnergyRollup.current = new Map();
    EnergyRollup.windowStart = now;
  }

  static recent(windows = DASHBOARD_WINDOWS): RollupWindow[] {
    return EnergyRollup.history.slice(-windows);
  }

  static start(): void {
    EnergyRollup.#timer ??= setInterval(() => EnergyRollup.roll(), ROLLUP_EVERY_MS);
  }

  static stop(): void {
    clearInterval(EnergyRollup.#timer);
    EnergyRollup.#timer = undefined;
    EnergyRollup.roll();
  }
}
