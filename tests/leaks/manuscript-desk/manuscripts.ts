import { recordActivity } from "./activity.ts";

export type Stage = "submitted" | "in-review" | "accepted" | "declined";

export interface Manuscript {
  id: string;
  title: string;
  author: { name: string; agent?: string };
  imprint: string;
  words: number;
  stage: Stage;
  editor?: string;
  decisionNote?: string;
  submittedAt: string;
}

const IMPRINTS = new Set(["Nachtboek", "De Lantaarn", "Kompas Non-fictie"]);
const onDesk = new Map<string, Manuscript>();
const handedOff: { id: string; title: string; stage: Stage; at: string }[] = [];

export function submit(input: Omit<Manuscript, "stage" | "submittedAt">): Manuscript | string {
  if (!IMPRINTS.has(input.imprint)) return `unknown imprint ${input.imprint}`;
  if (onDesk.has(input.id)) return `${input.id} is already on the desk`;
  const manuscript: Manuscript = {
    ...input,
    stage: "submitted",
    submittedAt: new Date().toISOString(),
  };
  onDesk.set(manuscript.id, manuscript);
  recordActivity(
    "submitted",
    manuscript,
    input.author.agent ?? input.author.name,
    `"${manuscript.title}" by ${manuscript.author.name} (${manuscript.words} words) for ${manuscript.imprint}`,
  );
  return manuscript;
}

export function find(id: string): Manuscript | undefined {
  return onDesk.get(id);
}

export function assign(manuscript: Manuscript, editor: string): Manuscript {
  manuscript.editor = editor;
  manuscript.stage = "in-review";
  recordActivity("assigned", manuscript, editor, `${editor} is reading "${manuscript.title}"`);
  return manuscript;
}

export function decide(manuscript: Manuscript, accept: boolean, note: string): Manuscript {
  manuscript.stage = accept ? "accepted" : "declined";
  manuscript.decisionNote = note;
  recordActivity(
    "decided",
    manuscript,
    manuscript.editor ?? "desk",
    `"${manuscript.title}" ${accept ? "accepted" : "declined"}: ${note}`,
  );
  return manuscript;
}

/** Accepted titles go to contracts and production, declined ones get their letter: off the desk. */
export function handOff(manuscript: Manuscript): void {
  onDesk.delete(manuscript.id);
  handedOff.push({
    id: manuscript.id,
    title: manuscript.title,
    stage: manuscript.stage,
    at: new Date().toISOString(),
  });
  if (handedOff.length > 20) handedOff.shift();
  recordActivity(
    "handed-off",
    manuscript,
    "desk",
    manuscript.stage === "accepted"
      ? `"${manuscript.title}" sent to contracts`
      : `decline letter queued for ${manuscript.author.name}`,
  );
}

export function deskSummary() {
  const byStage: Record<string, number> = {};
  for (const m of onDesk.values()) byStage[m.stage] = (byStage[m.stage] ?? 0) + 1;
  return { onDesk: onDesk.size, byStage, recentlyHandedOff: handedOff.slice(-5) };
}
