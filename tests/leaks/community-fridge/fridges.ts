import { CappedFeed } from "./ring_queue.ts";
import { SeenFilter } from "./seen_filter.ts";

export interface Drop {
  id: string;
  fridge: string;
  donor: string;
  items: { kind: string; portions: number; useBy: string }[];
  at: string;
}

export class Fridge {
  /** Latest drops for the volunteers' board (read in batches; old ones fall off). */
  readonly feed = new CappedFeed<Drop>(60);
  readonly notified = new SeenFilter(64);
  portions = 0;
  drops = 0;

  constructor(readonly id: string, readonly address: string) {}
}

export const fridges = new Map<string, Fridge>([
  ["oost", new Fridge("oost", "Javaplein 12")],
  ["noord", new Fridge("noord", "Buikslotermeerplein 3")],
  ["west", new Fridge("west", "De Clercqstraat 88")],
]);

const subscribers = ["+31611111111", "+31622222222", "+31633333333"];
export const texts = { queued: 0, batches: 0 };
let pending: string[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function flushTexts() {
  clearTimeout(timer);
  timer = undefined;
  if (pending.length) texts.batches++;
  pending = [];
}

function queueText(phone: string, text: string) {
  pending.push(`${phone}|${text}`);
  texts.queued++;
  if (pending.length >= 10) flushTexts();
  else timer ??= setTimeout(flushTexts, 150);
}

export function recordDrop(fridge: Fridge, drop: Drop): void {
  fridge.drops++;
  fridge.portions += drop.items.reduce((n, i) => n + i.portions, 0);
  fridge.feed.push(drop);
  for (const phone of [...subscribers, drop.donor]) {
    const key = `${phone}:${fridge.id}:${drop.at.slice(0, 13)}`;
    if (fridge.notified.has(key)) continue;
    fridge.notified.add(key);
    queueText(phone, `New food in the ${fridge.id} fridge (${fridge.address})`);
  }
}
