// A parcel's stay at the pickup point as a generator: it yields what it waits for and is
// resumed with the next counter event. The first next() starts it; events come after.

export type Waiting = "recipient" | "carrier";

export type CounterEvent =
  | { type: "checked-in"; at: number }
  | { type: "picked-up"; at: number; name: string; postcode: string }
  | { type: "handed-over"; at: number; carrier: string }
  | { type: "id-rejected"; at: number };

export interface Outcome {
  status: "collected" | "returned";
  at: number;
  attempts: number;
}

export function* parcelJourney(
  kind: "delivery" | "return",
  recipient: { name: string; postcode: string },
): Generator<Waiting, Outcome, CounterEvent> {
  let attempts = 0;
  if (kind === "return") {
    let event = yield "carrier";
    while (event.type !== "handed-over") event = yield "carrier";
    return { status: "returned", at: event.at, attempts };
  }
  for (;;) {
    const event = yield "recipient";
    if (event.type !== "picked-up") continue;
    attempts++;
    const sameName = event.name.trim().toLowerCase() === recipient.name.toLowerCase();
    const samePostcode = event.postcode.replace(/\s/g, "").toUpperCase() === recipient.postcode;
    if (sameName && samePostcode) return { status: "collected", at: event.at, attempts };
  }
}
