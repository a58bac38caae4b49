/** Conversations and what the senders see: per message, how many have read it. */

import type { ReadReceipt } from "./receipts.ts";

interface Conversation {
  id: string;
  title: string;
  members: number;
  /** Read counts of the latest messages (the older ones are archived with their counts). */
  readCounts: Map<string, number>;
  lastActivity: string | null;
}

const KEEP_COUNTS = 200;

const conversations = new Map<string, Conversation>(
  [
    ["team-logistics", "Logistics – Rotterdam hub", 14],
    ["team-support", "Customer support NL/BE", 23],
    ["announcements", "Company announcements", 412],
  ].map(([id, title, members]) => [id as string, {
    id: id as string,
    title: title as string,
    members: members as number,
    readCounts: new Map(),
    lastActivity: null,
  }]),
);

export function findConversation(id: string) {
  return conversations.get(id);
}

/** Delivers a batch of receipts (pushes "seen" ticks to the senders' devices in production). */
export async function applyReadBatch(batch: ReadReceipt[]) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (const receipt of batch) {
    const conversation = conversations.get(receipt.conversationId);
    if (!conversation) continue;
    const counts = conversation.readCounts;
    counts.set(receipt.messageId, (counts.get(receipt.messageId) ?? 0) + 1);
    if (counts.size > KEEP_COUNTS) counts.delete(counts.keys().next().value!);
    conversation.lastActivity = receipt.readAt;
  }
}

export function conversationSummary(id: string) {
  const conversation = conversations.get(id);
  if (!conversation) return null;
  const latest = [...conversation.readCounts].slice(-5).map(([messageId, readBy]) => ({
    messageId,
    readBy,
  }));
  return {
    id,
    title: conversation.title,
    members: conversation.members,
    lastActivity: conversation.lastActivity,
    latest,
  };
}
