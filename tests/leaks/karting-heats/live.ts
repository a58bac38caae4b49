import type { HeatEvent } from "./heats.ts";

const encoder = new TextEncoder();
const frame = (e: HeatEvent) =>
  encoder.encode(`id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`);

type Sub = ReadableStreamDefaultController<Uint8Array>;

/** Live timing screens following a heat; the pit wall's tablets poll with ?catchup. */
export class LiveTiming {
  #subs = new Map<string, Set<Sub>>();

  stream(heatId: string, backlog: HeatEvent[], follow: boolean): ReadableStream<Uint8Array> {
    let me: Sub;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        me = controller;
        for (const e of backlog) controller.enqueue(frame(e));
        if (!follow) {
          controller.close();
          return;
        }
        let set = this.#subs.get(heatId);
        if (!set) this.#subs.set(heatId, set = new Set());
        set.add(controller);
      },
      cancel: () => this.#drop(heatId, me),
    });
  }

  broadcast(heatId: string, event: HeatEvent) {
    for (const sub of this.#subs.get(heatId) ?? []) {
      try {
        sub.enqueue(frame(event));
      } catch {
        this.#drop(heatId, sub);
      }
    }
  }

  /** The heat is over: close every screen still following it. */
  end(heatId: string) {
    for (const sub of this.#subs.get(heatId) ?? []) {
      try {
        sub.close();
      } catch { /* already closed */ }
    }
    this.#subs.delete(heatId);
  }

  #drop(heatId: string, sub: Sub) {
    const set = this.#subs.get(heatId);
    if (!set) return;
    set.delete(sub);
    if (set.size === 0) this.#subs.delete(heatId);
  }
}
