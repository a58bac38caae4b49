/**
 * In-process event hub for the warehouse floor. Every channel keeps a replay
 * buffer so a handheld that reconnects can ask for what it missed
 * (`since=<event id>`).
 */

export interface HubEvent {
  id: number;
  channel: string;
  type: string;
  data: Record<string, unknown>;
  at: number;
}

export type Subscriber = (event: HubEvent) => void;

class Channel {
  readonly subscribers = new Set<Subscriber>();
  readonly replay: HubEvent[] = [];
  published = 0;

  constructor(readonly name: string) {}
}

const REPLAY_LIMIT = 40;
const channels = new Map<string, Channel>();
let lastId = 0;

function channelFor(name: string): Channel {
  let channel = channels.get(name);
  if (!channel) {
    channel = new Channel(name);
    channels.set(name, channel);
  }
  return channel;
}

export function publish(name: string, type: string, data: Record<string, unknown>): HubEvent {
  const channel = channelFor(name);
  const event: HubEvent = { id: ++lastId, channel: name, type, data, at: Date.now() };
  channel.published++;
  channel.replay.push(event);
  // Nobody listening right now: the event waits in the replay buffer.
  if (channel.subscribers.size === 0) return event;

  for (const subscriber of channel.subscribers) {
    try {
      subscriber(event);
    } catch (err) {
      console.error(`hub ${name}: subscriber failed on ${type}:`, err);
    }
  }
  if (channel.replay.length > REPLAY_LIMIT) {
    channel.replay.splice(0, channel.replay.length - REPLAY_LIMIT);
  }
  return event;
}

export function subscribe(name: string, subscriber: Subscriber): () => void {
  const channel = channelFor(name);
  channel.subscribers.add(subscriber);
  return () => channel.subscribers.delete(subscriber);
}

export function replaySince(name: string, since: number): HubEvent[] {
  return channels.get(name)?.replay.filter((e) => e.id > since) ?? [];
}

export function hubStats() {
  return [...channels.values()].map((c) => ({
    channel: c.name,
    subscribers: c.subscribers.size,
    published: c.published,
    buffered: c.replay.length,
  }));
}
