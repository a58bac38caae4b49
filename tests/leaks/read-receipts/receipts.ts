/**
 * Read receipts ("seen by") for the team chat. Clients report every message as it scrolls into
 * view, so receipts are collected for a moment and delivered to the senders in one batch.
 */

import { applyReadBatch } from "./conversations.ts";

const FLUSH_AFTER_MS = 10;

export interface ReadReceipt {
  conversationId: string;
  messageId: string;
  userId: string;
  device: string;
  readAt: string;
}

/** Receipts waiting for the next batch, by `${messageId}:${userId}` (a client resends on reconnect). */
const pendingReceipts = new Map<string, ReadReceipt>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const stats = { batches: 0, delivered: 0, lastBatchAt: null as string | null };

export function markRead(
  conversationId: string,
  messageId: string,
  userId: string,
  device: string,
): { queued: boolean } {
  const key = `${messageId}:${userId}`;
  if (pendingReceipts.has(key)) return { queued: false };
  const receipt: ReadReceipt = {
    conversationId,
    messageId,
    userId,
    device,
    readAt: new Date().toISOString(),
  };
  pendingReceipts.set(key, receipt);
  scheduleFlush();
  return { queued: true };
}

function scheduleFlush() {
  if (flushTimer) return; // a batch is already on its way
  flushTimer = setTimeout(flushReceipts, FLUSH_AFTER_MS);
}

/** Runs from the timer, and directly on shutdown so no receipt is lost. */
export async function flushReceipts() {
  clearTimeout(flushTimer);
  const batch = [...pendingReceipts.values()];
  pendingReceipts.clear();
  if (batch.length === 0) return;
  try {
    await applyReadBatch(batch);
    stats.batches++;
    stats.delivered += batch.length;
    stats.lastBatchAt = new Date().toISOString();
  } catch (err) {
    console.error("read receipts: batch failed", err);
  }
}

export function receiptStats() {
  return { ...stats, pending: pendingReceipts.size };
}
