import { catalogue } from "./catalogue.ts";

export interface Marking {
  bar: number;
  kind: "bowing" | "cut" | "breath" | "fingering";
  text: string;
}

export interface PartPacket {
  key: string;
  rehearsal: string;
  work: string;
  instrument: string;
  desk: number;
  edition: string;
  revision: number;
  pages: { n: number; systems: number }[];
  markings: Marking[];
  renderedAt: string;
}

const MAX_PACKETS = 24;

/** Rendered packets, most recently used last. */
const packets = new Map<string, PartPacket>();

function remember(key: string, packet: PartPacket) {
  packets.delete(key);
  packets.set(key, packet);
  while (packets.size > MAX_PACKETS) packets.delete(packets.keys().next().value!);
}

export function packetFor(
  rehearsal: string,
  workId: string,
  instrument: string,
  desk: number,
  markings: Marking[],
): PartPacket | undefined {
  const key = `${rehearsal}/${workId}/${instrument}/${desk}`;
  const cached = packets.get(key);
  if (cached && cached.revision === catalogue.revision) {
    remember(key, cached);
    return cached;
  }
  const part = catalogue.work(workId)?.parts.get(instrument);
  if (!part) return undefined;

  const packet: PartPacket = {
    key,
    rehearsal,
    work: workId,
    instrument,
    desk,
    edition: part.edition,
    revision: catalogue.revision,
    pages: Array.from({ length: part.pages }, (_, i) => ({ n: i + 1, systems: 10 + (i % 3) })),
    markings: markings.filter((m) => m.bar > 0).sort((a, b) => a.bar - b.bar),
    renderedAt: new Date().toISOString(),
  };
  remember(key, packet);
  catalogue.nextRevision.then(() => {
    if (packets.get(key) === packet) packets.delete(key);
  });
  return packet;
}

export function dropRehearsal(rehearsal: string) {
  for (const key of [...packets.keys()]) {
    if (key.startsWith(`${rehearsal}/`)) packets.delete(key);
  }
}

export function packetStats() {
  return { cached: packets.size, max: MAX_PACKETS, revision: catalogue.revision };
}
