import { nextEventId } from "./sequence.ts";

export interface Post {
  id: number;
  desk: string;
  kind: "update" | "result" | "correction";
  headline: string;
  body: string;
  author: string;
  constituency?: string;
  publishedAt: string;
}

/** Readers that reconnect get what they missed from the last REPLAY_WINDOW posts. */
export const REPLAY_WINDOW = 50;

export class Desk {
  readonly replay = new Map<number, Post>();
  published = 0;

  constructor(readonly id: string, readonly title: string) {}

  publish(input: Omit<Post, "id" | "desk" | "publishedAt">): Post {
    const post: Post = {
      ...input,
      id: nextEventId(),
      desk: this.id,
      publishedAt: new Date().toISOString(),
    };
    this.replay.set(post.id, post);
    this.replay.delete(post.id - REPLAY_WINDOW);
    this.published++;
    return post;
  }

  /** Posts after `lastEventId`, oldest first. */
  since(lastEventId: number): Post[] {
    const out: Post[] = [];
    for (const [id, post] of this.replay) if (id > lastEventId) out.push(post);
    return out.sort((a, b) => a.id - b.id);
  }
}
