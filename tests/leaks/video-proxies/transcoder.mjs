import { createHash } from "node:crypto";

/**
 * Stand-in for the GPU transcode farm: the proxy ladder for an asset, after a while. The real
 * farm posts back to us; here the work is a timer.
 */
const LADDER = [
  { name: "proxy-540p", width: 960, height: 540, bitrate: 2_500_000, codec: "h264" },
  { name: "proxy-360p", width: 640, height: 360, bitrate: 900_000, codec: "h264" },
  { name: "scrub-180p", width: 320, height: 180, bitrate: 250_000, codec: "h264" },
];

export function transcode(asset) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const digest = createHash("sha1").update(`${asset.id}:${asset.source}`).digest("hex");
      const result = {
        asset: asset.id,
        source: asset.source,
        probe: {
          container: "mov",
          codec: asset.codec ?? "prores",
          fps: asset.fps ?? 25,
          durationSec: asset.durationSec,
          audio: "pcm_s24le 48kHz 8ch",
        },
        renditions: LADDER.map((r) => ({
          ...r,
          url: `https://media.example.tv/proxies/${digest.slice(0, 12)}/${r.name}.mp4`,
          bytes: Math.round((r.bitrate / 8) * asset.durationSec),
        })),
        thumbnails: Array.from(
          { length: 6 },
          (_, n) => `https://media.example.tv/thumbs/${digest.slice(0, 12)}/${n}.jpg`,
        ),
        finishedAt: new Date().toISOString(),
      };
      resolve(result);
    }, 20 + (asset.durationSec % 30));
  });
}
