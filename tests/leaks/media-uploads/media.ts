/** Probing and (simulated) transcoding of uploaded media. */

export interface Upload {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  durationSec?: number;
  owner: string;
}

export interface Probe {
  kind: "video" | "image";
  codec: string;
  width: number;
  height: number;
  durationSec: number;
}

export interface Rendition {
  label: string;
  width: number;
  height: number;
  bitrateKbps: number;
  path: string;
}

export class UnsupportedMedia extends Error {}

const CODECS: Record<string, Probe["codec"]> = {
  "video/mp4": "h264",
  "video/quicktime": "h264",
  "video/webm": "vp9",
  "image/jpeg": "jpeg",
  "image/png": "png",
};

export function probeMedia(upload: Upload): Probe {
  const codec = CODECS[upload.contentType];
  if (!codec) {
    throw new UnsupportedMedia(`${upload.filename}: ${upload.contentType} is not supported`);
  }
  if (upload.sizeBytes > 2 * 1024 ** 3) {
    throw new UnsupportedMedia(`${upload.filename}: larger than 2 GiB`);
  }
  const video = upload.contentType.startsWith("video/");
  return {
    kind: video ? "video" : "image",
    codec,
    width: video ? 1920 : 4032,
    height: video ? 1080 : 3024,
    durationSec: video ? upload.durationSec ?? 30 : 0,
  };
}

const LADDER = [
  { label: "1080p", height: 1080, bitrateKbps: 5000 },
  { label: "720p", height: 720, bitrateKbps: 2800 },
  { label: "480p", height: 480, bitrateKbps: 1200 },
];

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function transcode(upload: Upload, probe: Probe): Promise<Rendition[]> {
  const renditions: Rendition[] = [];
  for (const step of LADDER) {
    if (step.height > probe.height) continue;
    await delay(2);
    const width = Math.round((probe.width * step.height) / probe.height / 2) * 2;
    renditions.push({
      label: step.label,
      width,
      height: step.height,
      bitrateKbps: probe.kind === "image" ? 0 : step.bitrateKbps,
      path: `/media/${upload.owner}/${upload.id}/${step.label}.${
        probe.kind === "image" ? "webp" : "mp4"
      }`,
    });
  }
  return renditions;
}
