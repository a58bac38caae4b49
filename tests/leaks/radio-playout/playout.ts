import { LfuCache } from "./lfu_cache.ts";
import { lookupTrack, type TrackMeta } from "./catalogue.ts";

/** Track metadata by ISRC: the playlist comes round again all day, so the hits stay warm. */
export const trackCache = new LfuCache<string, TrackMeta>(64);

interface OnAir {
  isrc: string;
  channel: string;
  startedAt: number;
  source: string;
  rds: string;
}

const onAir = new Map<string, OnAir>();
const playsToday = new Map<string, number>();
const CHANNELS = new Set(["main", "classics", "nl-pop"]);

export class PlayoutError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

/** RDS RadioText is 64 characters at most. */
export function radioText(isrc: string): string {
  const meta = trackCache.get(isrc);
  if (!meta) return "";
  return `${meta.artists.join(" & ")} - ${meta.title}`.slice(0, 64);
}

export async function trackStarted(
  channel: string,
  isrc: string,
  source = "automation",
): Promise<OnAir> {
  if (!CHANNELS.has(channel)) throw new PlayoutError(`unknown channel ${channel}`);
  let meta = trackCache.get(isrc);
  if (!meta) {
    meta = await lookupTrack(isrc);
    if (!meta) throw new PlayoutError(`no rights record for ${isrc}`, 404);
    trackCache.set(isrc, meta);
  }
  const playing: OnAir = { isrc, channel, startedAt: Date.now(), source, rds: radioText(isrc) };
  onAir.set(channel, playing);
  playsToday.set(channel, (playsToday.get(channel) ?? 0) + 1);
  return playing;
}

export function nowPlaying(channel: string) {
  const playing = onAir.get(channel);
  if (!playing) return undefined;
  const meta = trackCache.get(playing.isrc);
  return {
    channel,
    rds: playing.rds,
    startedAt: new Date(playing.startedAt).toISOString(),
    title: meta?.title,
    artists: meta?.artists,
    artwork: meta?.artwork.small,
    endsAt: meta ? new Date(playing.startedAt + meta.durationSec * 1000).toISOString() : null,
    playsToday: playsToday.get(channel) ?? 0,
  };
}

/** The royalty cue-sheet line for a track (composers, publisher, work code). */
export function cueSheetLine(isrc: string) {
  const meta = trackCache.get(isrc);
  if (!meta) return undefined;
  return {
    isrc: meta.isrc,
    title: meta.title,
    performers: meta.artists,
    composers: meta.composers,
    publisher: meta.publisher,
    workCode: meta.buma.workCode,
    durationSec: meta.durationSec,
  };
}
