import { BloomFilter } from "./bloom.ts";

export interface Question {
  id: number;
  from: string;
  text: string;
  hidden: boolean;
  at: number;
}

interface ModerationStep {
  action: "hide" | "show";
  questionId: number;
  by: string;
  at: number;
}

export interface Poll {
  id: string;
  title: string;
  options: Record<string, string>;
  tally: Record<string, number>;
  voted: BloomFilter;
  questions: Question[];
  undo: ModerationStep[];
  redo: ModerationStep[];
}

const QUESTIONS_SHOWN = 30;
const MODERATION_STEPS = 20;
let questionSeq = 0;

export class PollError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function poll(id: string, title: string, options: Record<string, string>): Poll {
  return {
    id,
    title,
    options,
    tally: Object.fromEntries(Object.keys(options).map((k) => [k, 0])),
    voted: new BloomFilter(),
    questions: [],
    undo: [],
    redo: [],
  };
}

export const polls = new Map<string, Poll>([
  [
    "keynote-q1",
    poll("keynote-q1", "Which launch are you most excited about?", {
      a: "Offline mode",
      b: "The public API",
      c: "Team workspaces",
      d: "Dark theme",
    }),
  ],
  [
    "keynote-q2",
    poll("keynote-q2", "How do you deploy today?", {
      a: "Containers",
      b: "Serverless",
      c: "VMs",
    }),
  ],
]);

// The ticker on the big screen: the last 32 votes, newest overwriting the oldest.
const ticker: ({ poll: string; option: string; at: number } | undefined)[] = new Array(32);
let tickerHead = 0;

export function getPoll(id: string): Poll {
  const p = polls.get(id);
  if (!p) throw new PollError(404, `no poll ${id}`);
  return p;
}

export function vote(p: Poll, voter: string, option: string) {
  if (!(option in p.options)) throw new PollError(422, `no option ${option}`);
  if (p.voted.has(voter)) throw new PollError(409, "already voted");
  p.voted.add(voter);
  p.tally[option]++;
  ticker[tickerHead] = { poll: p.id, option, at: Date.now() };
  tickerHead = (tickerHead + 1) % ticker.length;
}

export function ask(p: Poll, from: string, text: string): Question {
  const q = { id: ++questionSeq, from, text: text.slice(0, 280), hidden: false, at: Date.now() };
  p.questions.push(q);
  if (p.questions.length > QUESTIONS_SHOWN) {
    p.questions.splice(0, p.questions.length - QUESTIONS_SHOWN);
  }
  return q;
}

function setHidden(p: Poll, questionId: number, hidden: boolean) {
  const q = p.questions.find((x) => x.id === questionId);
  if (q) q.hidden = hidden;
}

export function moderate(p: Poll, by: string, action: "hide" | "show", questionId: number) {
  setHidden(p, questionId, action === "hide");
  p.undo.push({ action, questionId, by, at: Date.now() });
  if (p.undo.length > MODERATION_STEPS) p.undo.shift();
  p.redo.length = 0;
}

export function undoModeration(p: Poll): ModerationStep | undefined {
  const step = p.undo.pop();
  if (!step) return undefined;
  setHidden(p, step.questionId, step.action !== "hide");
  p.redo.push(step);
  if (p.redo.length > MODERATION_STEPS) p.redo.shift();
  return step;
}

export function results(p: Poll) {
  const total = Object.values(p.tally).reduce((a, b) => a + b, 0);
  return {
    id: p.id,
    title: p.title,
    total,
    options: Object.entries(p.options).map(([key, label]) => ({
      key,
      label,
      votes: p.tally[key],
      share: total ? Math.round((p.tally[key] / total) * 1000) / 10 : 0,
    })),
    questions: p.questions.filter((q) => !q.hidden).slice(-10).map((q) => ({
      id: q.id,
      text: q.text,
    })),
    ticker: ticker.filter((t) => t?.poll === p.id).length,
  };
}
