/**
 * Event ids for the whole live blog: one counter, so a reader's Last-Event-ID is unambiguous
 * whichever desk's stream it came from (the front page merges several).
 */
let lastId = 0;

export function nextEventId(): number {
  return ++lastId;
}

export function currentEventId(): number {
  return lastId;
}
