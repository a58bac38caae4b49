/**
 * The forum's posts and threads. Threads used to hold their replies; since posts got their own
 * links (/posts/:id, for notifications and quoting) every post is kept in `posts` by id and a
 * thread keeps the ids of its replies.
 */
export interface Post {
  id: string;
  threadId: string;
  author: string;
  body: string;
  createdAt: number;
  quote?: { id: string; author: string; excerpt: string };
}

export interface Thread {
  id: string;
  board: string;
  title: string;
  rootId: string;
  replyIds: string[];
  lastActivity: number;
}

export const posts = new Map<string, Post>();
export const threads = new Map<string, Thread>();
export const boards = new Map<string, Set<string>>([
  ["te-koop", new Set()],
  ["gezocht", new Set()],
  ["buurtnieuws", new Set()],
]);

export function openThread(board: string, id: string, title: string, root: Post): Thread {
  const thread: Thread = {
    id,
    board,
    title,
    rootId: root.id,
    replyIds: [],
    lastActivity: root.createdAt,
  };
  posts.set(root.id, root);
  threads.set(id, thread);
  boards.get(board)!.add(id);
  return thread;
}

export function addReply(thread: Thread, reply: Post) {
  posts.set(reply.id, reply);
  thread.replyIds.push(reply.id);
  thread.lastActivity = reply.createdAt;
}

/** The author marks the item sold, or a moderator takes the thread down. */
export function removeThread(thread: Thread) {
  threads.delete(thread.id);
  posts.delete(thread.rootId);
  boards.get(thread.board)?.delete(thread.id);
}
