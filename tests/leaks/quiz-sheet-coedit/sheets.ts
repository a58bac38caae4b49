import { QuestionLocks } from "./locks.ts";
import { PresenceBoard } from "./presence.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Question {
  prompt: string;
  answer: string;
  marks: number;
}

interface Sheet {
  id: string;
  subject: string;
  questions: Question[];
  version: number;
  activity: { at: number; teacher: string; question: number }[];
}

const ACTIVITY_KEPT = 30;

export const presence = new PresenceBoard();
export const locks = new QuestionLocks();
const sheets = new Map<string, Sheet>([
  ["y9-photosynthesis", {
    id: "y9-photosynthesis",
    subject: "Biology",
    version: 0,
    activity: [],
    questions: [
      { prompt: "Name the green pigment in chloroplasts.", answer: "Chlorophyll", marks: 1 },
      { prompt: "Write the word equation for photosynthesis.", answer: "", marks: 2 },
      { prompt: "Why do leaves have stomata?", answer: "Gas exchange", marks: 2 },
      { prompt: "Suggest one limiting factor.", answer: "Light intensity", marks: 1 },
    ],
  }],
]);

export function getSheet(id: string): Sheet {
  const sheet = sheets.get(id);
  if (!sheet) throw new HttpError(404, `no sheet ${id}`);
  return sheet;
}

export function editQuestion(
  id: string,
  n: number,
  teacher: string,
  patch: Partial<Question>,
) {
  const sheet = getSheet(id);
  const q = sheet.questions[n];
  if (!q) throw new HttpError(404, `question ${n} is not on ${id}`);
  if (!locks.holds(id, n, teacher)) throw new HttpError(423, "lock the question first");
  if (typeof patch.prompt === "string") q.prompt = patch.prompt;
  if (typeof patch.answer === "string") q.answer = patch.answer;
  if (typeof patch.marks === "number") q.marks = patch.marks;
  sheet.version++;
  sheet.activity.push({ at: Date.now(), teacher, question: n });
  if (sheet.activity.length > ACTIVITY_KEPT) sheet.activity.shift();
  return { id, version: sheet.version };
}

export function view(id: string) {
  const sheet = getSheet(id);
  return {
    ...sheet,
    editing: presence.who(id).map((p) => ({ teacher: p.teacher, question: p.question })),
    totalMarks: sheet.questions.reduce((n, q) => n + q.marks, 0),
  };
}
