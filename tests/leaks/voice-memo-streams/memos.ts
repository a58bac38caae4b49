export interface Memo {
  id: string;
  title: string;
  author: string;
  durationSec: number;
  mime: string;
  audio: Uint8Array<ArrayBuffer>;
}

/** Deterministic stand-in for the opus files on disk. */
function fakeOpus(seconds: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(seconds * 2000);
  let x = seed;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  bytes.set([0x4f, 0x67, 0x67, 0x53], 0); // "OggS"
  return bytes;
}

export const memos = new Map<string, Memo>([
  ["M1", {
    id: "M1",
    title: "Standup notes",
    author: "priya",
    durationSec: 42,
    mime: "audio/ogg",
    audio: fakeOpus(42, 1),
  }],
  ["M2", {
    id: "M2",
    title: "Site visit, Harbour Road",
    author: "tomas",
    durationSec: 96,
    mime: "audio/ogg",
    audio: fakeOpus(96, 2),
  }],
  ["M3", {
    id: "M3",
    title: "Interview with the landlord",
    author: "priya",
    durationSec: 300,
    mime: "audio/ogg",
    audio: fakeOpus(300, 3),
  }],
]);
