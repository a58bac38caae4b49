/**
 * Pass numbers printed on the RFID cards: 12 digits, the resort code first. Random rather than
 * sequential so a number seen on someone's card says nothing about other passes.
 */

const RESORT_CODE = "0417";
/** How many recently handed-out numbers we refuse to hand out again. */
const RECENT_WINDOW = 64;

export function* passNumbers(isInUse: (n: string) => boolean): Generator<string, never> {
  const recent = new Set<string>();
  const order: string[] = [];
  while (true) {
    const digits = crypto.getRandomValues(new Uint32Array(2));
    const n = RESORT_CODE + String(digits[0] % 10_000).padStart(4, "0") +
      String(digits[1] % 10_000).padStart(4, "0");
    if (recent.has(n) || isInUse(n)) continue;
    recent.add(n);
    order.push(n);
    if (order.length > RECENT_WINDOW) recent.delete(order.shift()!);
    yield n;
  }
}
