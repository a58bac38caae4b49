import type { LiveFeed } from "./live.ts";
import type { FeedEvent } from "./reports.ts";

const MAX_WAIT_MS = 250;

/**
 * A crew tablet's long poll: the next event for the crew's wards published after the call, or
 * nothing when `waitMs` passes first.
 */
export async function nextForCrew(
  feed: LiveFeed<FeedEvent>,
  crew: string,
  waitMs: number,
): Promise<FeedEvent | undefined> {
  const since = Date.now();
  const reader = feed.subscribe().getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.min(waitMs, MAX_WAIT_MS));
  });
  try {
    while (true) {
      const next = await Promise.race([reader.read(), timeout]);
      if (!next || next.done) return undefined;
      const event = next.value;
      if (event.at >= since && event.crew === crew) return event;
    }
  } finally {
    clearTimeout(timer);
    // The tablet is done with its stream; cancelling settles only once the feed itself ends.
    reader.cancel().catch(() => {});
  }
}
