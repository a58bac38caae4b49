import { NoteDocument } from "./document.ts";

const documents = new Map<string, NoteDocument>([
  ["team-standup", new NoteDocument("team-standup", "Team stand-up notes")],
  ["release-plan", new NoteDocument("release-plan", "Release plan Q3")],
  ["oncall-handover", new NoteDocument("oncall-handover", "On-call handover")],
]);

export function findDocument(id: string): NoteDocument | undefined {
  return documents.get(id);
}

export function listDocuments(): { id: string; title: string; revision: number }[] {
  return [...documents.values()].map((d) => ({
    id: d.id,
    title: d.state.title,
    revision: d.state.revision,
  }));
}
