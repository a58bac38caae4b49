"use strict";

/**
 * Open mentions per user, for the "Mentions" tab: which comments name them in threads that
 * are still open. Handles are case-insensitive (@Ines.Duarte and @ines.duarte are one person).
 */
class MentionIndex {
  #byHandle = new Map();

  add(handle, ref) {
    const key = handle.toLowerCase();
    let refs = this.#byHandle.get(key);
    if (!refs) {
      refs = new Map();
      this.#byHandle.set(key, refs);
    }
    refs.set(ref.commentId, ref);
  }

  remove(handle, commentId) {
    const refs = this.#byHandle.get(handle);
    if (!refs) return;
    refs.delete(commentId);
    if (refs.size === 0) this.#byHandle.delete(handle);
  }

  openFor(handle) {
    const refs = this.#byHandle.get(handle.toLowerCase());
    return refs ? [...refs.values()] : [];
  }

  get handles() {
    return this.#byHandle.size;
  }
}

const MENTION = /(?:^|[\s(])@([A-Za-z][\w.-]*[\w])/g;

function mentionsIn(text) {
  return [...new Set([...text.matchAll(MENTION)].map((m) => m[1]))];
}

module.exports = { MentionIndex, mentionsIn };
