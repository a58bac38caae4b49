export interface GradeItem {
  id: string;
  title: string;
  weight: number;
  maxScore: number;
}

export interface Course {
  id: string;
  title: string;
  teacher: string;
  students: Map<string, string>;
  items: GradeItem[];
  scores: Map<string, Map<string, number>>;
  version: number;
  audit: { student: string; item: string; score: number; by: string; at: string }[];
}

export class GradebookError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const AUDIT_SIZE = 20;

export const courses = new Map<string, Course>();

function addCourse(id: string, title: string, teacher: string, roster: [string, string][]) {
  const items: GradeItem[] = [
    { id: "lab-1", title: "Lab 1: Microscopy", weight: 0.15, maxScore: 20 },
    { id: "lab-2", title: "Lab 2: Osmosis", weight: 0.15, maxScore: 20 },
    { id: "quiz-1", title: "Quiz 1", weight: 0.2, maxScore: 10 },
    { id: "midterm", title: "Midterm", weight: 0.5, maxScore: 100 },
  ];
  const scores = new Map<string, Map<string, number>>();
  for (const [sid] of roster) scores.set(sid, new Map());
  courses.set(id, {
    id,
    title,
    teacher,
    students: new Map(roster),
    items,
    scores,
    version: 1,
    audit: [],
  });
}

addCourse("BIO-110", "Introductory Biology", "ms-okafor", [
  ["st-1", "Amara Singh"],
  ["st-2", "Jonas Weber"],
  ["st-3", "Lucía Fernández"],
  ["st-4", "Kwame Mensah"],
  ["st-5", "Mei Takahashi"],
  ["st-6", "Oskar Lindqvist"],
]);

export function getCourse(id: string): Course {
  const course = courses.get(id);
  if (!course) throw new GradebookError(404, `no course ${id}`);
  return course;
}

export function recordGrade(
  course: Course,
  by: string,
  body: { student?: string; item?: string; score?: number },
) {
  if (by !== course.teacher) throw new GradebookError(403, "only the course teacher can grade");
  const item = course.items.find((i) => i.id === body.item);
  const scores = body.student ? course.scores.get(body.student) : undefined;
  if (!item || !scores) throw new GradebookError(400, "unknown student or item");
  const score = Number(body.score);
  if (!Number.isFinite(score) || score < 0 || score > item.maxScore) {
    throw new GradebookError(400, `score must be 0–${item.maxScore}`);
  }
  scores.set(item.id, score);
  course.version++;
  course.audit.unshift({
    student: body.student!,
    item: item.id,
    score,
    by,
    at: new Date().toISOString(),
  });
  if (course.audit.length > AUDIT_SIZE) course.audit.length = AUDIT_SIZE;
}

export function weightedAverage(course: Course, student: string): number | null {
  const scores = course.scores.get(student);
  if (!scores) return null;
  let total = 0;
  let weight = 0;
  for (const item of course.items) {
    const s = scores.get(item.id);
    if (s === undefined) continue;
    total += (s / item.maxScore) * item.weight;
    weight += item.weight;
  }
  return weight ? (total / weight) * 100 : null;
}

export function letter(avg: number | null): string {
  if (avg === null) return "—";
  if (avg >= 90) return "A";
  if (avg >= 80) return "B";
  if (avg >= 70) return "C";
  if (avg >= 60) return "D";
  return "F";
}
