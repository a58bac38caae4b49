import type { PickTask, TaskStream } from "./stream.ts";

export interface Member {
  id: string;
  device: string;
  operator: string;
  joinedAt: number;
}

export interface Cursor {
  group: string;
  consumer: string;
  device: string;
  offset: number;
  lastBatch: PickTask[];
  reads: number;
  joinedAt: string;
  lastReadAt?: string;
}

export class ConsumerGroup {
  readonly members = new Map<string, Member>();
  delivered = 0;
  constructor(readonly name: string, readonly zone: string) {}
}

export const groups = new Map<string, ConsumerGroup>([
  ["zone-a", new ConsumerGroup("zone-a", "A")],
  ["zone-b", new ConsumerGroup("zone-b", "B")],
  ["chilled", new ConsumerGroup("chilled", "C")],
]);

/** Read positions by "group/consumer", so a scanner that drops off the Wi-Fi resumes in place. */
const cursors = new Map<string, Cursor>();

function cursorKey(group: string, consumer: string): string {
  return `${group}/${consumer}`;
}

export class GroupError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function groupOf(name: string): ConsumerGroup {
  const group = groups.get(name);
  if (!group) throw new GroupError(404, `no consumer group ${name}`);
  return group;
}

/** New scanners start a few tasks back, so the open ones in their zone show up at once. */
const REWIND = 3;

export function join(
  stream: TaskStream,
  groupName: string,
  body: { consumer?: string; device?: string; operator?: string },
) {
  const group = groupOf(groupName);
  if (!body.consumer) throw new GroupError(400, "consumer is required");
  const consumer = body.consumer;
  group.members.set(consumer, {
    id: consumer,
    device: body.device ?? "unknown",
    operator: body.operator ?? "unknown",
    joinedAt: Date.now(),
  });
  const key = cursorKey(group.name, consumer);
  if (!cursors.has(key)) {
    const cursor: Cursor = {
      group: group.name,
      consumer,
      device: body.device ?? "unknown",
      offset: Math.max(stream.oldest, stream.head - REWIND),
      lastBatch: [],
      reads: 0,
      joinedAt: new Date().toISOString(),
    };
    cursors.set(key, cursor);
  }
  return { group: group.name, consumer, offset: cursors.get(key)!.offset };
}

export function read(stream: TaskStream, groupName: string, consumer: string, max: number) {
  const group = groupOf(groupName);
  if (!group.members.has(consumer)) throw new GroupError(409, `${consumer} has not joined`);
  const cursor = cursors.get(cursorKey(group.name, consumer))!;
  // the zone filter is applied here rather than in the stream: tasks are few
  const batch = stream.readFrom(cursor.offset, max);
  cursor.offset = batch.length ? batch[batch.length - 1].offset + 1 : cursor.offset;
  cursor.lastBatch = batch;
  cursor.reads++;
  cursor.lastReadAt = new Date().toISOString();
  group.delivered += batch.length;
  return { offset: cursor.offset, tasks: batch.filter((t) => t.zone === group.zone) };
}

export function leave(groupName: string, consumer: string) {
  const group = groupOf(groupName);
  const had = group.members.delete(consumer);
  cursors.delete(consumer);
  return { group: group.name, consumer, left: had };
}

export function describe(groupName: string) {
  const group = groupOf(groupName);
  return {
    group: group.name,
    zone: group.zone,
    members: [...group.members.values()].map((m) => ({ id: m.id, device: m.device })),
    delivered: group.delivered,
  };
}
