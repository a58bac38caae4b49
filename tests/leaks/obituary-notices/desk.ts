export class DeskError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface NoticeContent {
  heading: string;
  deceased: { name: string; age: number | null; of: string };
  text: string;
  funeral: { when: string; where: string; flowers: string | null; donations: string | null };
}

export interface Draft {
  id: string;
  kind: "death" | "funeral" | "memoriam" | "thanks";
  director: string;
  content: NoticeContent;
  revision: number;
  createdAt: number;
  status: "draft" | "queued";
}

const MAX_UNDO = 10;
const KINDS = new Set(["death", "funeral", "memoriam", "thanks"]);

/**
 * The family-notices desk: drafts sent in by funeral directors, edited by the desk with undo,
 * then queued for the next edition.
 */
export class NoticeDesk {
  #drafts = new Map<string, Draft>();
  /**
   * Undo snapshots per draft. Keyed by the draft itself: a withdrawn notice's id is given
   * again when the director resubmits, and the new draft must not inherit the old history.
   */
  #history = new Map<Draft, NoticeContent[]>();

  create(body: Record<string, unknown>): Draft {
    const id = String(body.id ?? "");
    if (!/^N\d+$/.test(id)) throw new DeskError(400, "notice ids look like N1234");
    if (this.#drafts.has(id)) throw new DeskError(409, `${id} is already on the desk`);
    const kind = String(body.kind ?? "death");
    if (!KINDS.has(kind)) throw new DeskError(400, `unknown notice kind ${kind}`);
    const deceased = (body.deceased ?? {}) as Record<string, unknown>;
    const funeral = (body.funeral ?? {}) as Record<string, unknown>;
    const draft: Draft = {
      id,
      kind: kind as Draft["kind"],
      director: String(body.director ?? ""),
      content: {
        heading: String(body.heading ?? deceased.name ?? "").toUpperCase(),
        deceased: {
          name: String(deceased.name ?? ""),
          age: deceased.age == null ? null : Number(deceased.age),
          of: String(deceased.of ?? ""),
        },
        text: String(body.text ?? ""),
        funeral: {
          when: String(funeral.when ?? ""),
          where: String(funeral.where ?? ""),
          flowers: funeral.flowers ? String(funeral.flowers) : null,
          donations: funeral.donations ? String(funeral.donations) : null,
        },
      },
      revision: 1,
      createdAt: Date.now(),
      status: "draft",
    };
    this.#drafts.set(id, draft);
    return draft;
  }

  get(id: string): Draft {
    const draft = this.#drafts.get(id);
    if (!draft) throw new DeskError(404, `no draft ${id}`);
    return draft;
  }

  edit(id: string, patch: Record<string, unknown>): Draft {
    const draft = this.get(id);
    if (draft.status !== "draft") throw new DeskError(409, `${id} is queued for print`);
    const stack = this.#history.get(draft) ?? [];
    stack.push(structuredClone(draft.content));
    if (stack.length > MAX_UNDO) stack.shift();
    this.#history.set(draft, stack);
    const c = draft.content;
    if (typeof patch.heading === "string") c.heading = patch.heading.toUpperCase();
    if (typeof patch.text === "string") c.text = patch.text;
    if (patch.funeral && typeof patch.funeral === "object") Object.assign(c.funeral, patch.funeral);
    draft.revision++;
    return draft;
  }

  undo(id: string): Draft {
    const draft = this.get(id);
    const previous = this.#history.get(draft)?.pop();
    if (!previous) throw new DeskError(409, "nothing to undo");
    draft.content = previous;
    draft.revision++;
    return draft;
  }

  /** Sent back from typesetting: editable again, history intact. */
  bounce(id: string) {
    const draft = this.#drafts.get(id);
    if (draft) draft.status = "draft";
  }

  /** Printed: off the desk, history and all. */
  forget(draft: Draft) {
    this.#drafts.delete(draft.id);
    this.#history.delete(draft);
  }

  stats() {
    return { onDesk: this.#drafts.size, withHistory: this.#history.size };
  }
}
