/**
 * Clients retry a send when the response is lost (mobile networks), with the same client
 * message id. Each connection's last PER_CONNECTION ids are remembered so a retry is answered
 * without posting the message twice.
 */

const PER_CONNECTION = 32;

/** connection id → its recent client message ids, oldest first. */
const recentByConnection = new Map<string, string[]>();
let duplicates = 0;

export function isRetry(connectionId: string, clientMessageId: string): boolean {
  let recent = recentByConnection.get(connectionId);
  if (!recent) {
    recent = [];
    recentByConnection.set(connectionId, recent);
  }
  if (recent.includes(clientMessageId)) {
    duplicates++;
    return true;
  }
  recent.push(clientMessageId);
  if (recent.length > PER_CONNECTION) recent.shift();
  return false;
}

export function dedupeStats() {
  return { connections: recentByConnection.size, duplicates };
}
