import { discardDraft, saveDraft } from "./drafts.ts";

export interface Question {
  id: string;
  prompt: string;
  points: number;
  accepts: RegExp;
}

export interface Attempt {
  id: string;
  quiz: string;
  student: string;
  answers: Record<string, string>;
  startedAt: number;
  deadline: number;
}

export interface AttemptResult {
  attempt: string;
  quiz: string;
  student: string;
  score: number;
  outOf: number;
  submittedAt: string;
}

export class QuizError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const quizzes = new Map<string, { title: string; minutes: number; questions: Question[] }>([
  ["algebra-1", {
    title: "Linear equations",
    minutes: 20,
    questions: [
      { id: "q1", prompt: "Solve 3x + 2 = 14", points: 2, accepts: /\bx\s*=\s*4\b/ },
      { id: "q2", prompt: "Solve 5 - 2y = 1", points: 2, accepts: /\by\s*=\s*2\b/ },
      { id: "q3", prompt: "Explain why 2(x + 1) = 2x + 2", points: 3, accepts: /distribut/i },
    ],
  }],
  ["fractions-2", {
    title: "Adding fractions",
    minutes: 15,
    questions: [
      { id: "q1", prompt: "1/2 + 1/3", points: 2, accepts: /5\s*\/\s*6/ },
      { id: "q2", prompt: "3/4 + 1/8", points: 2, accepts: /7\s*\/\s*8/ },
    ],
  }],
]);

const attempts = new Map<string, Attempt>();

const RECENT_RESULTS = 50;
const recentResults: AttemptResult[] = [];

export function startAttempt(quizId: string, body: { id?: string; student?: string }): Attempt {
  const quiz = quizzes.get(quizId);
  if (!quiz) throw new QuizError(404, `no quiz ${quizId}`);
  if (!body.id || !body.student) throw new QuizError(400, "id and student are required");
  if (attempts.has(body.id)) throw new QuizError(409, `attempt ${body.id} already started`);
  const now = Date.now();
  const attempt: Attempt = {
    id: body.id,
    quiz: quizId,
    student: body.student,
    answers: {},
    startedAt: now,
    deadline: now + quiz.minutes * 60_000,
  };
  attempts.set(attempt.id, attempt);
  return attempt;
}

function openAttempt(id: string): Attempt {
  const attempt = attempts.get(id);
  if (!attempt) throw new QuizError(404, `no open attempt ${id}`);
  if (Date.now() > attempt.deadline) throw new QuizError(410, "time is up");
  return attempt;
}

export function recordAnswers(id: string, answers: Record<string, unknown>) {
  const attempt = openAttempt(id);
  for (const [question, answer] of Object.entries(answers)) {
    if (typeof answer === "string") attempt.answers[question] = answer.slice(0, 2000);
  }
  saveDraft(attempt.id, attempt);
  return { attempt: attempt.id, answered: Object.keys(attempt.answers).length };
}

function grade(attempt: Attempt): AttemptResult {
  const quiz = quizzes.get(attempt.quiz)!;
  let score = 0;
  for (const q of quiz.questions) {
    if (q.accepts.test(attempt.answers[q.id] ?? "")) score += q.points;
  }
  return {
    attempt: attempt.id,
    quiz: attempt.quiz,
    student: attempt.student,
    score,
    outOf: quiz.questions.reduce((n, q) => n + q.points, 0),
    submittedAt: new Date().toISOString(),
  };
}

export function submitAttempt(id: string, answers: Record<string, unknown> = {}): AttemptResult {
  recordAnswers(id, answers);
  const attempt = openAttempt(id);
  const result = grade(attempt);
  attempts.delete(attempt.id);
  discardDraft(attempt.id);
  recentResults.unshift(result);
  if (recentResults.length > RECENT_RESULTS) recentResults.length = RECENT_RESULTS;
  return result;
}

export function attemptStatus(id: string) {
  const attempt = attempts.get(id);
  if (attempt) {
    return { attempt: id, status: "open", remainingMs: attempt.deadline - Date.now() };
  }
  const result = recentResults.find((r) => r.attempt === id);
  return result ? { attempt: id, status: "submitted", result } : null;
}

export function results(quizId: string) {
  return recentResults.filter((r) => r.quiz === quizId);
}
