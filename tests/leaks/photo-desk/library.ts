export class DeskError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Exif {
  camera?: string;
  lens?: string;
  focal?: number;
  iso?: number;
  shutter?: string;
  aperture?: number;
  takenAt?: string;
}

export interface Photo {
  id: string;
  agency: string;
  credit: string;
  caption: string;
  tags: string[];
  exif: Exif;
  width: number;
  height: number;
  status: "incoming" | "selected" | "published";
  receivedAt: number;
  editedBy?: string;
}

/** Agencies send tags as people typed them ("Storm Ciarán", "cornwall "). */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, "-");
}

/**
 * The desk's working set: every photo the agencies have sent that has not gone to the CMS yet,
 * and a tag index for the picture editors' tag search.
 */
export class PhotoLibrary {
  #photos = new Map<string, Photo>();
  #byTag = new Map<string, Set<Photo>>();
  #published = 0;

  #bucket(tag: string): Set<Photo> {
    let set = this.#byTag.get(tag);
    if (!set) {
      set = new Set();
      this.#byTag.set(tag, set);
    }
    return set;
  }

  #index(photo: Photo) {
    for (const tag of photo.tags) this.#bucket(normaliseTag(tag)).add(photo);
  }

  #unindex(photo: Photo) {
    for (const tag of photo.tags) this.#byTag.get(tag)?.delete(photo);
  }

  add(input: Record<string, unknown>): Photo {
    const id = String(input.id ?? "");
    if (!id) throw new DeskError(400, "photo id missing");
    if (this.#photos.has(id)) throw new DeskError(409, `${id} already on the desk`);
    const photo: Photo = {
      id,
      agency: String(input.agency ?? "unknown"),
      credit: String(input.credit ?? ""),
      caption: String(input.caption ?? ""),
      tags: Array.isArray(input.tags) ? input.tags.map(String) : [],
      exif: (input.exif ?? {}) as Exif,
      width: Number(input.width) || 0,
      height: Number(input.height) || 0,
      status: "incoming",
      receivedAt: Date.now(),
    };
    this.#photos.set(id, photo);
    this.#index(photo);
    return photo;
  }

  get(id: string): Photo {
    const photo = this.#photos.get(id);
    if (!photo) throw new DeskError(404, `no photo ${id} on the desk`);
    return photo;
  }

  /** Caption and credit fixes, and selecting a photo for a story. */
  edit(id: string, patch: Record<string, unknown>, editor: string): Photo {
    const photo = this.get(id);
    if (typeof patch.caption === "string") photo.caption = patch.caption;
    if (typeof patch.credit === "string") photo.credit = patch.credit;
    if (patch.status === "selected" || patch.status === "incoming") photo.status = patch.status;
    if (Array.isArray(patch.tags)) {
      this.#unindex(photo);
      photo.tags = patch.tags.map(String);
      this.#index(photo);
    }
    photo.editedBy = editor;
    return photo;
  }

  search(tag: string, limit: number): Photo[] {
    const hits = [...(this.#byTag.get(normaliseTag(tag)) ?? [])]
      .filter((p) => p.status !== "published")
      .sort((a, b) => b.receivedAt - a.receivedAt);
    return hits.slice(0, limit);
  }

  /** Once a photo is in the CMS the desk no longer needs it. */
  publish(id: string): Photo {
    const photo = this.get(id);
    if (!photo.caption) throw new DeskError(422, "a published photo needs a caption");
    photo.status = "published";
    this.#photos.delete(id);
    this.#unindex(photo);
    this.#published++;
    return photo;
  }

  stats() {
    return { onDesk: this.#photos.size, tags: this.#byTag.size, published: this.#published };
  }
}
