import { createStore } from "zustand/vanilla";
import { nanoid } from "nanoid";
import { formatISO } from "date-fns";

/** One live store per open lesson-plan draft; editors' PATCHes go through it. */
export const draftStores = new Map();

const AUTOSAVE_DELAY_MS = 40;
const recentSaves = [];
const MAX_RECENT_SAVES = 40;
export const saveStats = { saves: 0, lastSavedAt: null };

function recordSave(entry) {
  recentSaves.push(entry);
  if (recentSaves.length > MAX_RECENT_SAVES) recentSaves.shift();
  saveStats.saves++;
  saveStats.lastSavedAt = entry.savedAt;
}

export function recentAutosaves(limit = 10) {
  return recentSaves.slice(-limit);
}

function createDraftStore(draftId, owner) {
  return createStore((set, get) => ({
    draftId,
    owner,
    title: "Untitled lesson",
    subject: "general",
    blocks: [],
    version: 0,
    dirty: false,
    published: false,
    setTitle: (title) => set({ title, dirty: true, version: get().version + 1 }),
    setSubject: (subject) => set({ subject, dirty: true, version: get().version + 1 }),
    addBlock: (kind, text, minutes) =>
      set((s) => ({
        blocks: [...s.blocks, { id: nanoid(8), kind, text, minutes }],
        dirty: true,
        version: s.version + 1,
      })),
    markSaved: () => set({ dirty: false }),
    publish: () => set({ published: true, dirty: false }),
  }));
}

/** Debounced autosave: a change schedules a save, another change within the delay pushes it back. */
function wireAutosave(store) {
  let timer = null;
  store.subscribe((state, previous) => {
    if (!state.dirty || state.version === previous.version) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const s = store.getState();
      recordSave({ draftId: s.draftId, version: s.version, savedAt: formatISO(new Date()) });
      s.markSaved();
    }, AUTOSAVE_DELAY_MS);
  });
}

export function openDraft(draftId, owner) {
  let store = draftStores.get(draftId);
  if (!store) {
    store = createDraftStore(draftId, owner);
    wireAutosave(store);
    draftStores.set(draftId, store);
  }
  return store;
}

export function view(state) {
  const { draftId, owner, title, subject, blocks, version, dirty, published } = state;
  const minutes = blocks.reduce((n, b) => n + b.minutes, 0);
  return { draftId, owner, title, subject, blocks, version, dirty, published, minutes };
}
