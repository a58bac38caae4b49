import { splitLines } from "./daemon.ts";

/** One open connection to the controller, with its line reader. */
interface Lane {
  conn: Deno.TcpConn;
  lines: ReadableStreamDefaultReader<string>;
}

const encoder = new TextEncoder();

/**
 * At most `size` connections to the controller, each used by one request at a time. Waiters
 * queue; a waiter whose request goes away leaves the queue.
 */
export class ControllerPool {
  #idle: Lane[] = [];
  #open = 0;
  #waiters: { resolve: (lane: Lane) => void; reject: (e: unknown) => void }[] = [];
  stats = { calls: 0, opened: 0, waited: 0 };

  constructor(private port: number, private size = 4) {}

  async #acquire(signal: AbortSignal): Promise<Lane> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#open < this.size) {
      this.#open++;
      try {
        const conn = await Deno.connect({ hostname: "127.0.0.1", port: this.port });
        conn.setNoDelay(true);
        this.stats.opened++;
        return {
          conn,
          lines: conn.readable.pipeThrough(new TextDecoderStream()).pipeThrough(splitLines())
            .getReader(),
        };
      } catch (e) {
        this.#open--;
        throw e;
      }
    }
    this.stats.waited++;
    return await new Promise<Lane>((resolve, reject) => {
      const waiter = {
        resolve: (lane: Lane) => {
          signal.removeEventListener("abort", onAbort);
          resolve(lane);
        },
        reject,
      };
      const onAbort = () => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  #release(lane: Lane) {
    const next = this.#waiters.shift();
    if (next) next.resolve(lane);
    else this.#idle.push(lane);
  }

  #drop(lane: Lane) {
    this.#open--;
    try {
      lane.conn.close();
    } catch { /* gone already */ }
  }

  /** Sends one line and reads its answer. */
  async call(line: string, signal: AbortSignal): Promise<string> {
    const lane = await this.#acquire(signal);
    this.stats.calls++;
    try {
      await lane.conn.write(encoder.encode(line + "\n"));
      const { value, done } = await lane.lines.read();
      if (done) throw new Error("controller hung up");
      this.#release(lane);
      return value;
    } catch (e) {
      this.#drop(lane);
      throw e;
    }
  }
}
