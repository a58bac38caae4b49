import { DRAINED, draining } from "./lifecycle.mjs";
import { transcode } from "./transcoder.mjs";

export class AssetError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Assets by id; the newest 40 stay (the edit suite has fetched the rest by then). */
const assets = new Map();
const MAX_ASSETS = 40;
const counters = { ingested: 0, transcoded: 0, waits: 0 };

export function ingest(body) {
  if (!body.id || !body.source) throw new AssetError(400, "asset id and source are needed");
  if (assets.has(body.id)) throw new AssetError(409, `asset ${body.id} exists`);
  const asset = {
    id: body.id,
    title: body.title ?? body.id,
    source: body.source,
    codec: body.codec,
    fps: body.fps,
    durationSec: Number(body.durationSec) || 0,
    production: body.production ?? null,
    status: "transcoding",
    proxy: null,
    ingestedAt: Date.now(),
  };
  asset.done = transcode(asset).then((result) => {
    asset.status = "ready";
    asset.proxy = result;
    counters.transcoded++;
    return result;
  });
  assets.set(asset.id, asset);
  if (assets.size > MAX_ASSETS) assets.delete(assets.keys().next().value);
  counters.ingested++;
  return asset;
}

export function getAsset(id) {
  const asset = assets.get(id);
  if (!asset) throw new AssetError(404, `no asset ${id}`);
  return asset;
}

export function rename(id, patch) {
  const asset = getAsset(id);
  if (typeof patch.title === "string") asset.title = patch.title;
  if (typeof patch.production === "string") asset.production = patch.production;
  return asset;
}

/** The edit suite asks for the proxy and waits for it unless we are shutting down. */
export async function proxyOf(id) {
  const asset = getAsset(id);
  counters.waits++;
  const outcome = await Promise.race([asset.done, draining]);
  if (outcome === DRAINED) throw new AssetError(503, "shutting down; try another node");
  return outcome;
}

export function view(asset) {
  const { done: _done, ...rest } = asset;
  return rest;
}

export function stats() {
  return { ...counters, assets: assets.size };
}
