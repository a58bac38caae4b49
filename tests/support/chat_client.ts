/**
 * A tiny WebSocket chat client for tests: records every event the server sends and waits for
 * the one a test expects (with a timeout whose message lists what did arrive).
 *
 * @module
 */

/** A connected test client. */
export interface ChatClient {
  socket: WebSocket;
  /** Every frame received so far, parsed as JSON. */
  events: Record<string, unknown>[];
  /** Sends a raw frame (string or bytes). */
  sendRaw(data: string | Uint8Array): void;
  /** Waits until an event matching `predicate` has arrived; returns it. */
  waitFor(
    predicate: (event: Record<string, unknown>) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Closes the socket and waits for the close to complete; returns the close code. */
  close(): Promise<number>;
}

/** Connects to `wsUrl` as `user`; rejects with a clear message when the connection fails. */
export async function connectChatClient(wsUrl: string, user: string): Promise<ChatClient> {
  const url = new URL(wsUrl);
  url.searchParams.set("user", user);
  const socket = new WebSocket(url);
  const events: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  socket.onmessage = (message) => {
    events.push(JSON.parse(String(message.data)));
    for (const wake of waiters) wake();
  };
  const closed = new Promise<number>((resolve) => {
    socket.addEventListener("close", (event) => {
      for (const wake of waiters) wake();
      resolve(event.code);
    });
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener("open", () => resolve(), { once: true });
    socket.addEventListener(
      "error",
      (event) =>
        reject(
          new Error(`${user} could not connect to ${wsUrl}: ${(event as ErrorEvent).message}`),
        ),
      { once: true },
    );
  });

  const waitFor: ChatClient["waitFor"] = (predicate, what, timeoutMs = 5000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = events.find(predicate);
        if (found) {
          finish();
          resolve(found);
        } else if (socket.readyState === WebSocket.CLOSED) {
          finish();
          reject(new Error(`${user}: socket closed before ${what}; got ${JSON.stringify(events)}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(
          new Error(`${user}: no ${what} within ${timeoutMs} ms; got ${JSON.stringify(events)}`),
        );
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  return {
    socket,
    events,
    sendRaw: (data) => socket.send(data),
    waitFor,
    close: () => {
      if (socket.readyState !== WebSocket.CLOSED) socket.close(1000);
      return closed;
    },
  };
}
