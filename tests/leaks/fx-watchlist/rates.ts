import { batch, listenKeys, map } from "nanostores";

/** Mid rates by currency pair, ticked by the liquidity provider's stream (simulated). */
export const $rates = map<Record<string, number>>({
  EURUSD: 1.0842,
  GBPUSD: 1.2671,
  USDJPY: 151.37,
  EURGBP: 0.8556,
  USDCHF: 0.9011,
  AUDUSD: 0.6589,
});

export const PAIRS = Object.keys($rates.get());

let tick = 0;

export function startStream(intervalMs = 20) {
  return setInterval(() => {
    tick++;
    batch(() => {
      for (const pair of PAIRS) {
        if ((tick + pair.length) % 2 === 0) continue;
        const r = $rates.get()[pair];
        const drift = ((tick * 7919 + pair.charCodeAt(0)) % 11 - 5) / 100_000;
        $rates.setKey(pair, Math.round(r * (1 + drift) * 100_000) / 100_000);
      }
    });
  }, intervalMs);
}

/**
 * Resolves with the pair's next rate, or its current one after waitMs: the listener is removed
 * either way.
 */
export function nextRate(pair: string, waitMs: number): Promise<{ rate: number; moved: boolean }> {
  return new Promise((resolve) => {
    const unbind = listenKeys($rates, [pair], (value) => {
      clearTimeout(timer);
      unbind();
      resolve({ rate: value[pair], moved: true });
    });
    const timer = setTimeout(() => {
      unbind();
      resolve({ rate: $rates.get()[pair], moved: false });
    }, waitMs);
  });
}
