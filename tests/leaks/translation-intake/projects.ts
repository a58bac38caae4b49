/** Translation projects made from finished uploads, priced per source word. */

import type { UploadSession } from "./uploads.ts";

const RATE_PER_WORD: Record<string, number> = {
  "de>nl": 0.13,
  "de>en": 0.12,
  "fr>nl": 0.14,
  "en>nl": 0.11,
};
const MINIMUM_FEE = 45;

export interface Project {
  id: string;
  client: string;
  document: string;
  pair: string;
  words: number;
  quote: number;
  dueAt: string;
}

let nextProject = 1;
const RECENT_LIMIT = 20;
const recent: Project[] = [];

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export function openProject(session: UploadSession): Project {
  const text = session.parts.map((p) => p.text).join("");
  const words = countWords(text);
  const pair = `${session.sourceLang}>${session.targetLang}`;
  const rate = RATE_PER_WORD[pair] ?? 0.15;
  const days = Math.max(1, Math.ceil(words / 2500));
  const project: Project = {
    id: `P-${String(nextProject++).padStart(6, "0")}`,
    client: session.client,
    document: session.fileName,
    pair,
    words,
    quote: Math.max(MINIMUM_FEE, Math.round(words * rate * 100) / 100),
    dueAt: new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10),
  };
  recent.unshift(project);
  if (recent.length > RECENT_LIMIT) recent.pop();
  return project;
}

export function recentProjects(): Project[] {
  return recent;
}
