/**
 * Beacons are sent with `navigator.sendBeacon` and browsers retry them, so the same click can
 * arrive more than once. A click id is accepted the first time only.
 */
export class ClickDeduper {
  static #seen = new Set<string>();

  /** True the first time `clickId` is offered, false for every repeat. */
  static firstTime(clickId: string): boolean {
    if (ClickDeduper.#seen.has(clickId)) return false;
    ClickDeduper.#seen.add(clickId);
    return true;
  }

  static get size(): number {
    return ClickDeduper.#seen.size;
  }
}
