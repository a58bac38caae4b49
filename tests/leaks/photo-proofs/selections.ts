/** Which proofs each client has picked for the final album, per gallery. */

export class ProofError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const GALLERIES = new Map([
  ["wedding-smit-devries", { photographer: "Studio Licht", maxPicks: 60 }],
  ["newborn-el-amrani", { photographer: "Studio Licht", maxPicks: 25 }],
  ["corporate-acme-2025", { photographer: "Framewerk", maxPicks: 100 }],
]);

const picks = new Map<string, Map<string, Set<string>>>();

export function galleryInfo(gallery: string) {
  const info = GALLERIES.get(gallery);
  if (!info) throw new ProofError(404, "no such gallery");
  return info;
}

export function setPick(gallery: string, client: string, photo: string, selected: boolean) {
  const { maxPicks } = galleryInfo(gallery);
  let byClient = picks.get(gallery);
  let chosen = byClient?.get(client);
  if (selected) {
    if (!byClient) picks.set(gallery, byClient = new Map());
    if (!chosen) byClient.set(client, chosen = new Set());
    if (chosen.size >= maxPicks && !chosen.has(photo)) {
      throw new ProofError(409, `at most ${maxPicks} photos can be picked`);
    }
    chosen.add(photo);
  } else if (chosen) {
    chosen.delete(photo);
    if (chosen.size === 0) byClient!.delete(client);
    if (byClient!.size === 0) picks.delete(gallery);
  }
  return { gallery, client, picked: chosen?.size ?? 0 };
}

export function picksOf(gallery: string, client: string): string[] {
  galleryInfo(gallery);
  return [...(picks.get(gallery)?.get(client) ?? [])].sort();
}
