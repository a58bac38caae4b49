/**
 * The thin typed face of `chrome-remote-interface` that the session uses. The package ships no
 * types; this names only what we call, so the rest of the code is checked.
 *
 * @module
 */

import CDP from "chrome-remote-interface";
import { InspectorError } from "./errors.ts";

/** A connected CDP client (one WebSocket to one target). */
export interface CdpClient {
  // deno-lint-ignore no-explicit-any
  send(method: string, params?: Record<string, unknown>): Promise<any>;
  // deno-lint-ignore no-explicit-any
  on(event: string, listener: (params: any) => void): unknown;
  // deno-lint-ignore no-explicit-any
  removeListener(event: string, listener: (params: any) => void): unknown;
  close(): Promise<void>;
  /**
   * While on, every message from the target is answered at once with an unsolicited WebSocket
   * pong (RFC 6455 allows it; nothing answers it). It carries the TCP acknowledgement the
   * target's Nagle algorithm waits for: without it, each stop of a logpoint costs ~40 ms (our
   * delayed ACK) instead of ~1 ms.
   */
  acknowledgeEachMessage(on: boolean): void;
}

/** The part of the `ws` socket inside chrome-remote-interface that is used (0.34: `_ws`). */
interface WsSocket {
  on(event: "message", listener: () => void): unknown;
  off(event: "message", listener: () => void): unknown;
  pong(): void;
}

/**
 * Opens the WebSocket to `webSocketDebuggerUrl`. `local: true` because Deno serves no
 * `/json/protocol`; the package's bundled protocol description is used instead.
 */
export async function openCdp(webSocketDebuggerUrl: string, timeoutMs = 5000): Promise<CdpClient> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new InspectorError(
            "timeout",
            `The debugger WebSocket ${webSocketDebuggerUrl} did not open within ${timeoutMs} ms.`,
            "Check that the target is running and not stopped in a debugger, then retry.",
          ),
        ),
      timeoutMs,
    );
  });
  try {
    const open = CDP({ target: webSocketDebuggerUrl, local: true }) as Promise<CdpClient>;
    const client = await Promise.race([open, timeout]);
    const ws = (client as unknown as { _ws?: Partial<WsSocket> })._ws;
    let pong: (() => void) | undefined;
    client.acknowledgeEachMessage = (on) => {
      if (typeof ws?.pong !== "function" || !ws.on || !ws.off) return; // another version: slower
      if (on && !pong) {
        pong = () => {
          try {
            ws.pong!();
          } catch { /* closing */ }
        };
        ws.on("message", pong);
      } else if (!on && pong) {
        ws.off("message", pong);
        pong = undefined;
      }
    };
    return client;
  } catch (e) {
    if (e instanceof InspectorError) throw e;
    const msg = (e as Error)?.message ?? String(e);
    throw new InspectorError(
      /\b(400|403|409)\b/.test(msg) ? "target_busy" : "disconnected",
      `Could not open the debugger WebSocket ${webSocketDebuggerUrl}: ${msg}`,
      "If another debugger (Chrome DevTools, an IDE) is attached, close it; otherwise check the " +
        "target is still running, then retry.",
      { cause: e },
    );
  } finally {
    clearTimeout(timer);
  }
}
