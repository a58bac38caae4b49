/**
 * Live build logs: a client following a running build gets the lines so far, then every new
 * line as it is printed, and the stream ends when the build does.
 */

interface Follower {
  buildId: string;
  controller: ReadableStreamDefaultController<Uint8Array>;
  closed: boolean;
  connectedAt: number;
}

const encoder = new TextEncoder();
const followers = new Set<Follower>();

export function followLog(buildId: string, backlog: string[]): ReadableStream<Uint8Array> {
  let follower: Follower;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const line of backlog) controller.enqueue(encoder.encode(line));
      follower = { buildId, controller, closed: false, connectedAt: Date.now() };
      followers.add(follower);
    },
    cancel() {
      // The client went away.
      followers.delete(follower);
    },
  });
}

export function publishLine(buildId: string, line: string): void {
  const chunk = encoder.encode(line);
  for (const f of followers) {
    if (f.buildId === buildId && !f.closed) f.controller.enqueue(chunk);
  }
}

/** The build is over: send the last line and end every stream following it. */
export function finishFollowers(buildId: string, lastLine: string): void {
  const chunk = encoder.encode(lastLine);
  for (const f of followers) {
    if (f.buildId !== buildId || f.closed) continue;
    f.controller.enqueue(chunk);
    f.controller.close();
    f.closed = true;
  }
}

export function followerCount(): number {
  return followers.size;
}
