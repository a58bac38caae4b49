/**
 * The music library's rights database (simulated): title, artists, the composers and publisher
 * for the royalty cue sheet, and the artwork the app shows. A lookup costs a few milliseconds.
 */

export interface TrackMeta {
  isrc: string;
  title: string;
  artists: string[];
  composers: string[];
  publisher: string;
  label: string;
  year: number;
  durationSec: number;
  artwork: { small: string; large: string };
  territory: string[];
  buma: { workCode: string; share: number };
  explicit: boolean;
  fetchedAt: string;
}

const ARTISTS = ["Froukje", "Goldband", "S10", "Son Mieux", "Eefje de Visser", "Meau", "Bløf"];
const LABELS = ["Top Notch", "Sony Music NL", "Universal Music NL", "Excelsior Recordings"];

function pick<T>(list: T[], seed: number): T {
  return list[seed % list.length];
}

function seedOf(isrc: string): number {
  let h = 7;
  for (const ch of isrc) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

export async function lookupTrack(isrc: string): Promise<TrackMeta | undefined> {
  if (!/^[A-Z]{2}[A-Z0-9]{3}\d{2}\d+$/.test(isrc)) return undefined;
  await new Promise((resolve) => setTimeout(resolve, 2));
  const seed = seedOf(isrc);
  const artist = pick(ARTISTS, seed);
  const meta: TrackMeta = {
    isrc,
    title: `Track ${isrc.slice(7)} (radio edit)`,
    artists: [artist],
    composers: [`${artist} (w/m)`, "J. de Vries (m)"],
    publisher: "Cloud 9 Music Publishing",
    label: pick(LABELS, seed >> 3),
    year: 2000 + Number(isrc.slice(5, 7)),
    durationSec: 150 + (seed % 120),
    artwork: {
      small: `https://img.radio.example/covers/${isrc}/300.jpg`,
      large: `https://img.radio.example/covers/${isrc}/1200.jpg`,
    },
    territory: ["NL", "BE"],
    buma: { workCode: `W-${(seed % 9_000_000) + 1_000_000}`, share: 100 },
    explicit: seed % 11 === 0,
    fetchedAt: new Date().toISOString(),
  };
  return meta;
}
