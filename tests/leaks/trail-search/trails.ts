export interface Trail {
  slug: string;
  name: string;
  region: string;
  distanceKm: number;
  ascentM: number;
  difficulty: "easy" | "moderate" | "hard";
  tags: string[];
  description: string;
  submittedBy: string;
  updatedAt: string;
}

export type TrailInput = Omit<Trail, "slug" | "updatedAt">;

export function slugify(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export class TrailStore {
  #trails = new Map<string, Trail>();

  add(input: TrailInput): Trail {
    const slug = slugify(input.name);
    if (this.#trails.has(slug)) throw new Error(`a trail called ${input.name} exists`);
    const trail: Trail = { ...input, slug, updatedAt: new Date().toISOString() };
    this.#trails.set(slug, trail);
    return trail;
  }

  get(slug: string): Trail | undefined {
    return this.#trails.get(slug);
  }

  update(slug: string, patch: Partial<TrailInput>): Trail | undefined {
    const trail = this.#trails.get(slug);
    if (!trail) return undefined;
    const next = { ...trail, ...patch, slug, updatedAt: new Date().toISOString() };
    this.#trails.set(slug, next);
    return next;
  }

  archive(slug: string): boolean {
    return this.#trails.delete(slug);
  }

  search(q: string, filters: { region?: string; maxKm?: number }): Trail[] {
    const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
    const out: Trail[] = [];
    for (const t of this.#trails.values()) {
      if (filters.region && t.region !== filters.region) continue;
      if (filters.maxKm !== undefined && t.distanceKm > filters.maxKm) continue;
      const text = `${t.name} ${t.tags.join(" ")} ${t.description}`.toLowerCase();
      if (terms.every((term) => text.includes(term))) out.push(t);
    }
    return out.sort((a, b) => a.distanceKm - b.distanceKm).slice(0, 25);
  }

  get size(): number {
    return this.#trails.size;
  }
}
