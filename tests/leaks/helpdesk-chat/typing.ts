/**
 * Typing indicators with "sneak peek": while a customer types, the agent sees the draft. An
 * indicator lasts TYPING_TTL_MS after the last keystroke event; sending a message ends it.
 */

export interface Typing {
  conversationId: string;
  participant: string;
  role: "customer" | "agent";
  preview: string;
  device: string;
  startedAt: number;
  expiresAt: number;
}

const TYPING_TTL_MS = 4_000;
const SWEEP_INTERVAL_MS = 1_000;

const typing = new Map<string, Typing>();

const keyOf = (conversationId: string, participant: string) => `${conversationId}:${participant}`;

export function startTyping(
  conversationId: string,
  participant: string,
  role: Typing["role"],
  preview: string,
  device: string,
): Typing {
  const key = keyOf(conversationId, participant);
  const now = Date.now();
  const existing = typing.get(key);
  if (existing) {
    existing.preview = preview;
    existing.expiresAt = now + TYPING_TTL_MS;
    return existing;
  }
  const entry: Typing = {
    conversationId,
    participant,
    role,
    preview,
    device,
    startedAt: now,
    expiresAt: now + TYPING_TTL_MS,
  };
  typing.set(key, entry);
  return entry;
}

export function stopTyping(conversationId: string, participant: string): void {
  typing.delete(keyOf(conversationId, participant));
}

/** Who is typing in a conversation right now (expired indicators are not shown). */
export function whoIsTyping(conversationId: string, participants: Iterable<string>): Typing[] {
  const now = Date.now();
  const out: Typing[] = [];
  for (const participant of participants) {
    const entry = typing.get(keyOf(conversationId, participant));
    if (entry && entry.expiresAt > now) out.push(entry);
  }
  return out;
}

export function sweepExpired(now = Date.now()): number {
  let removed = 0;
  for (const [key, entry] of typing) {
    if (entry.expiresAt <= now) {
      typing.delete(key);
      removed++;
    }
  }
  return removed;
}

export function typingCount(): number {
  return typing.size;
}

// The sweep runs for the life of the process (this module was the entry point of the
// standalone presence service, `deno run typing.ts`, before it moved into the chat API).
if (import.meta.main) {
  setInterval(sweepExpired, SWEEP_INTERVAL_MS);
}
