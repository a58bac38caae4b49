import { createEffect, createRoot, onCleanup } from "./vendor/signals.ts";
import { needStation, type Station, StationError } from "./stations.ts";

/** The standby engineer's pager, through the paging gateway. */
class Pager {
  closed = false;
  readonly pages: string[] = [];
  constructor(readonly device: string, readonly engineer: string) {}

  page(text: string) {
    if (!this.closed) this.pages.push(text);
  }

  close() {
    this.closed = true;
  }
}

async function openPager(device: string, engineer: string): Promise<Pager> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return new Pager(device, engineer);
}

interface Watch {
  id: string;
  station: Station;
  thresholdM: number;
  engineer: string;
  device: string;
  pages: number;
  dispose: () => void;
}

const watches = new Map<string, Watch>();
/** The newest 30 high-level pages. */
const recentPages: { watch: string; station: string; levelM: number; at: number }[] = [];

export function watchLevel(body: {
  id: string;
  station: string;
  thresholdM: number;
  engineer: string;
  device: string;
}) {
  const station = needStation(body.station);
  if (watches.has(body.id)) throw new StationError(409, `${body.id} already exists`);
  return createRoot((dispose) => {
    const watch: Watch = {
      id: body.id,
      station,
      thresholdM: body.thresholdM,
      engineer: body.engineer,
      device: body.device,
      pages: 0,
      dispose,
    };
    createEffect(() => {
      const levelM = station.level();
      if (levelM < watch.thresholdM) return;
      // Registered before anything is awaited, so it belongs to this run of the effect.
      let cancelled = false;
      let pager: Pager | null = null;
      onCleanup(() => {
        cancelled = true;
        pager?.close();
      });
      openPager(watch.device, watch.engineer).then((opened) => {
        if (cancelled) return opened.close();
        pager = opened;
        opened.page(`${station.name}: wet well at ${levelM} m`);
        watch.pages++;
        recentPages.unshift({ watch: watch.id, station: station.id, levelM, at: Date.now() });
        if (recentPages.length > 30) recentPages.pop();
      });
    });
    watches.set(watch.id, watch);
    return watch;
  });
}

export function stopWatch(id: string) {
  const watch = watches.get(id);
  if (!watch) throw new StationError(404, `no watch ${id}`);
  watch.dispose();
  watches.delete(id);
}

export function alarmStats() {
  return { watching: watches.size, recentPages: recentPages.slice(0, 5) };
}
