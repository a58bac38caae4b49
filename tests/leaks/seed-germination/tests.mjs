import { Ledger } from "./vendor/ledger/index.mjs";
import { TrayPhotos } from "./media.mjs";

export class TestError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const shipped = { batches: 0, records: 0 };
export const ledger = new Ledger({
  sink: (batch) => {
    shipped.batches++;
    shipped.records += batch.length;
  },
});
const photos = new TrayPhotos();

/** Growth chambers; GC-3 is stopped for a compressor repair. */
const chambers = new Map(
  ["GC-1", "GC-2", "GC-3"].map((id) => [id, { id, controller: new AbortController() }]),
);
chambers.get("GC-3").controller.abort(new Error("compressor repair"));

/** Tests on a tray now, by accession; results of the last 50. */
const running = new Map();
const results = [];

export async function startTest(input) {
  const chamber = chambers.get(input.chamber);
  if (!chamber) throw new TestError(404, `no chamber ${input.chamber}`);
  if (chamber.controller.signal.aborted) {
    throw new TestError(
      409,
      `${chamber.id} is stopped: ${chamber.controller.signal.reason.message}`,
    );
  }
  if (running.has(input.accession)) throw new TestError(409, `${input.accession} is on a tray`);
  const test = {
    accession: input.accession,
    species: input.species,
    seeds: input.seeds,
    chamber: chamber.id,
    startedAt: Date.now(),
    photos: [],
    interrupted: false,
  };
  const onStop = () => (test.interrupted = true);
  chamber.controller.signal.addEventListener("abort", onStop, { once: true });
  test.detach = () => chamber.controller.signal.removeEventListener("abort", onStop);
  running.set(test.accession, test);

  const staged = [];
  try {
    await Promise.all((input.photos ?? []).map(async (dataUrl) => {
      const photo = await photos.stage(dataUrl, test.accession);
      staged.push(photo);
      test.photos.push({ sha256: photo.sha, url: `https://archive.seedbank.example/${photo.sha}` });
    }));
  } finally {
    for (const photo of staged) photos.discard(photo.id);
  }
  await ledger.append({ type: "test.started", accession: test.accession, chamber: chamber.id });
  return { accession: test.accession, chamber: chamber.id, photos: test.photos.length };
}

export async function recordCount(accession, count) {
  const test = running.get(accession);
  if (!test) throw new TestError(404, `${accession} is not on a tray`);
  running.delete(accession);
  test.detach();
  const rate = Math.round((count.germinated / test.seeds) * 1000) / 10;
  results.unshift({ accession, species: test.species, day: count.day, rate, at: Date.now() });
  if (results.length > 50) results.length = 50;
  await ledger.append({ type: "test.counted", accession, day: count.day, rate });
  return { accession, rate };
}

export function testStats() {
  return { running: running.size, staged: photos.staged, shipped, flushes: ledger.flushes };
}

export function recentResults() {
  return results.slice(0, 10);
}
