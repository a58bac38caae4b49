import { advance, covers, type Face } from "./fonts.ts";

export interface Glyph {
  cp: number;
  gid: number;
  advance: number;
}

export interface Subset {
  family: string;
  weight: number;
  text: string;
  glyphs: Glyph[];
  missing: string[];
  woff2: string;
  etag: string;
  builtAt: string;
}

// Same key as the CSS API's `text=` URLs, so the CDN and this cache agree on what a hit is.
export function subsetKey(face: Face, text: string): string {
  return `${face.family}/${face.weight}/${text.normalize("NFC")}`;
}

export async function buildSubset(face: Face, text: string): Promise<Subset> {
  const unique = [...new Set(text)].sort();
  const glyphs: Glyph[] = [{ cp: 0, gid: 0, advance: 0 }];
  const missing: string[] = [];
  for (const ch of unique) {
    const cp = ch.codePointAt(0)!;
    if (!covers(face, cp)) {
      missing.push(ch);
      continue;
    }
    glyphs.push({ cp, gid: glyphs.length, advance: advance(face, cp) });
  }
  // stand-in for the real table writer: a deterministic payload sized like a small WOFF2
  const table = glyphs.map((g) => `${g.cp.toString(16)}:${g.gid}:${g.advance}`).join(";");
  const bytes = new TextEncoder().encode(`wOF2|${face.family}|${face.weight}|${table}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", bytes));
  return {
    family: face.family,
    weight: face.weight,
    text: unique.join(""),
    glyphs,
    missing,
    woff2: btoa(String.fromCharCode(...bytes)),
    etag: `"${Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("")}"`,
    builtAt: new Date().toISOString(),
  };
}
