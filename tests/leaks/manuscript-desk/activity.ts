import { RecentFeed } from "./recent_feed.ts";
import type { Manuscript } from "./manuscripts.ts";

export type ActivityKind = "submitted" | "assigned" | "decided" | "handed-off";

export interface ActivityEvent {
  at: string;
  kind: ActivityKind;
  manuscript: string;
  imprint: string;
  actor: string;
  text: string;
}

/** What happened on the desk lately, for the editors' dashboard. */
export const editorialFeed = new RecentFeed<ActivityEvent>(50);

export function recordActivity(
  kind: ActivityKind,
  manuscript: Manuscript,
  actor: string,
  text: string,
): void {
  const event: ActivityEvent = {
    at: new Date().toISOString(),
    kind,
    manuscript: manuscript.id,
    imprint: manuscript.imprint,
    actor,
    text,
  };
  editorialFeed.add(event);
}
