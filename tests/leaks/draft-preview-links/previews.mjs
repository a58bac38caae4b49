import { randomBytes } from "node:crypto";

const WEEK = 7 * 24 * 3600 * 1000;

/**
 * Share links for reviewing a draft before it goes out. Anyone with the link sees the draft as
 * it was when the link was made; links die when the draft is published or after a week.
 */
export class PreviewLinks {
  #grants = new Map();
  #byDraft = new Map();

  constructor(origin) {
    this.origin = origin;
  }

  issue(draft, reviewer) {
    const token = randomBytes(18).toString("base64url");
    const grant = {
      token,
      draftId: draft.id,
      page: draft.page,
      revision: draft.revision,
      title: draft.title,
      snapshot: draft.body,
      reviewer,
      issuedAt: Date.now(),
      expiresAt: Date.now() + WEEK,
    };
    this.#grants.set(token, grant);
    // one live link per draft: sending it again gives the reviewer a fresh one
    this.#byDraft.set(draft.id, token);
    return { url: `${this.origin}/preview/${token}`, expiresAt: grant.expiresAt };
  }

  open(token) {
    const grant = this.#grants.get(token);
    if (!grant || grant.expiresAt < Date.now()) return null;
    return grant;
  }

  current(draftId) {
    const token = this.#byDraft.get(draftId);
    return token ? `${this.origin}/preview/${token}` : null;
  }

  revokeDraft(draftId) {
    const token = this.#byDraft.get(draftId);
    if (token) this.#grants.delete(token);
    this.#byDraft.delete(draftId);
  }

  stats() {
    return { links: this.#grants.size, drafts: this.#byDraft.size };
  }
}
