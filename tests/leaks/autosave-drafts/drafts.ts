import { keyedDebounce } from "./vendor/keyed-debounce/mod.ts";
import type { Attempt } from "./attempts.ts";

export interface Draft {
  attemptId: string;
  quiz: string;
  student: string;
  answers: Record<string, string>;
  revision: number;
  savedAt: string;
}

// Drafts outlive a reload of the quiz page: the client restores from GET /attempts/:id/draft.
// (Stand-in for the KV store the production deployment uses.)
const drafts = new Map<string, Draft>();

const AUTOSAVE_MS = 200;

function persist(attempt: Attempt) {
  const prev = drafts.get(attempt.id);
  drafts.set(attempt.id, {
    attemptId: attempt.id,
    quiz: attempt.quiz,
    student: attempt.student,
    answers: { ...attempt.answers },
    revision: (prev?.revision ?? 0) + 1,
    savedAt: new Date().toISOString(),
  });
}

// The editor autosaves on every pause in typing; write at most once per AUTOSAVE_MS per attempt.
export const saveDraft = keyedDebounce(persist, AUTOSAVE_MS);

export function loadDraft(attemptId: string): Draft | undefined {
  return drafts.get(attemptId);
}

export function discardDraft(attemptId: string) {
  drafts.delete(attemptId);
}
