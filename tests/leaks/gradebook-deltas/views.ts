import { type Course, letter, weightedAverage } from "./gradebook.ts";

export interface GradebookRow {
  student: string;
  name: string;
  average: number | null;
  letter: string;
  missing: number;
}

interface GradebookSnapshot {
  course: string;
  version: number;
  takenAt: string;
  rows: GradebookRow[];
  previous?: GradebookSnapshot;
}

// What each viewer saw last, so the table can highlight what changed since then.
const lastViews = new Map<string, GradebookSnapshot>();

function buildRows(course: Course): GradebookRow[] {
  return [...course.students].map(([student, name]) => {
    const avg = weightedAverage(course, student);
    return {
      student,
      name,
      average: avg === null ? null : Math.round(avg * 10) / 10,
      letter: letter(avg),
      missing: course.items.length - (course.scores.get(student)?.size ?? 0),
    };
  });
}

function diffRows(before: GradebookRow[], after: GradebookRow[]) {
  const old = new Map(before.map((r) => [r.student, r]));
  return after.flatMap((r) => {
    const prev = old.get(r.student);
    if (prev && prev.average === r.average) return [];
    return [{ student: r.student, from: prev?.average ?? null, to: r.average }];
  });
}

function render(snapshot: GradebookSnapshot) {
  return {
    course: snapshot.course,
    version: snapshot.version,
    takenAt: snapshot.takenAt,
    rows: snapshot.rows,
    changes: diffRows(snapshot.previous?.rows ?? [], snapshot.rows),
  };
}

export function gradebookView(course: Course, viewer: string) {
  const key = `${course.id}|${viewer}`;
  const prior = lastViews.get(key);
  // A refresh with nothing new keeps showing the same highlights.
  if (prior && prior.version === course.version) return render(prior);
  const snapshot: GradebookSnapshot = {
    course: course.id,
    version: course.version,
    takenAt: new Date().toISOString(),
    rows: buildRows(course),
    previous: prior,
  };
  lastViews.set(key, snapshot);
  return render(snapshot);
}

export function studentReport(course: Course, student: string) {
  const scores = course.scores.get(student);
  if (!scores) return null;
  const avg = weightedAverage(course, student);
  return {
    course: course.id,
    student,
    name: course.students.get(student),
    items: course.items.map((i) => ({
      item: i.title,
      score: scores.get(i.id) ?? null,
      max: i.maxScore,
    })),
    average: avg,
    letter: letter(avg),
  };
}
