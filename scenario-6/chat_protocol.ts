/**
 * The chat's wire format, shared by both servers, the simulator and (by convention) the page.
 *
 * Client → server: `{"type":"message","content":"hi"}` (and `{"type":"pong"}` after a ping).
 * Server → client: a {@link ChatMessage}, a `history` batch on join, `ping`, or `error`.
 *
 * @module
 */

/** One chat event as the server keeps and broadcasts it. */
export interface ChatMessage {
  type: "message" | "join" | "leave";
  user: string;
  content: string;
  timestamp: number;
}

/** Everything the server sends over a socket. */
export type ServerEvent =
  | ChatMessage
  | { type: "history"; messages: ChatMessage[] }
  | { type: "ping"; timestamp: number }
  | { type: "error"; content: string };

/** What a client frame turned out to be once checked. */
export type ClientFrame =
  | { kind: "chat"; content: string }
  | { kind: "pong" }
  | { kind: "invalid"; reason: string };

/** Longest chat message accepted, in characters. */
export const MAX_CONTENT_LENGTH = 2000;
/** Longest user name kept; longer names are cut. */
export const MAX_USER_LENGTH = 32;

/**
 * Checks one incoming WebSocket frame. Never throws: anything malformed becomes
 * `{kind: "invalid", reason}` with a reason the sender can act on.
 */
export function parseClientFrame(data: unknown): ClientFrame {
  if (typeof data !== "string") {
    return { kind: "invalid", reason: "binary frames are not accepted; send JSON text" };
  }
  if (data.length > MAX_CONTENT_LENGTH * 4) {
    return invalidLength(data.length);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return {
      kind: "invalid",
      reason: `not JSON (starts ${
        JSON.stringify(data.slice(0, 20))
      }); send {"type":"message","content":"..."}`,
    };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return {
      kind: "invalid",
      reason: 'expected a JSON object like {"type":"message","content":"..."}',
    };
  }
  const frame = parsed as Record<string, unknown>;
  if (frame.type === "pong") return { kind: "pong" };
  if (frame.type !== undefined && frame.type !== "message") {
    return { kind: "invalid", reason: `unknown type ${JSON.stringify(frame.type)}; use "message"` };
  }
  if (typeof frame.content !== "string" || frame.content.trim() === "") {
    return { kind: "invalid", reason: 'missing "content": a non-empty string' };
  }
  if (frame.content.length > MAX_CONTENT_LENGTH) return invalidLength(frame.content.length);
  return { kind: "chat", content: frame.content };
}

/** The display name from `?user=`, trimmed and cut; "anonymous" when absent. */
export function cleanUserName(raw: string | null): string {
  const name = (raw ?? "").trim().slice(0, MAX_USER_LENGTH);
  return name === "" ? "anonymous" : name;
}

function invalidLength(length: number): ClientFrame {
  return {
    kind: "invalid",
    reason: `message too long (${length} characters, at most ${MAX_CONTENT_LENGTH})`,
  };
}
