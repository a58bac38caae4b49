import { AggregateRoot, type DomainEvent, EventDispatcher } from "./aggregate.ts";

export class LessonError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Student {
  id: string;
  name: string;
  age: number;
  swimCertificate: boolean;
}

export class Lesson extends AggregateRoot {
  readonly students = new Map<string, Student>();

  constructor(
    id: string,
    readonly title: string,
    readonly capacity: number,
    readonly minAge: number,
  ) {
    super(id);
  }

  enrol(student: Student) {
    if (this.students.has(student.id)) throw new LessonError(409, `${student.id} is enrolled`);
    if (this.students.size >= this.capacity) throw new LessonError(409, `${this.title} is full`);
    if (student.age < this.minAge) throw new LessonError(422, `minimum age is ${this.minAge}`);
    if (!student.swimCertificate) throw new LessonError(422, "a swimming certificate is required");
    this.raise("StudentEnrolled", { ...student });
  }

  withdraw(studentId: string, reason: string) {
    if (!this.students.has(studentId)) throw new LessonError(404, `${studentId} is not enrolled`);
    this.raise("StudentWithdrew", { studentId, reason });
  }

  protected apply(event: DomainEvent) {
    const p = event.payload;
    if (event.type === "StudentEnrolled") this.students.set(String(p.id), p as unknown as Student);
    if (event.type === "StudentWithdrew") this.students.delete(String(p.studentId));
  }
}

export const dispatcher = new EventDispatcher();

class LessonRepository {
  #lessons = new Map<string, Lesson>();

  constructor(lessons: Lesson[]) {
    for (const lesson of lessons) this.#lessons.set(lesson.id, lesson);
  }

  get(id: string) {
    const lesson = this.#lessons.get(id);
    if (!lesson) throw new LessonError(404, `no lesson ${id}`);
    return lesson;
  }

  all() {
    return [...this.#lessons.values()];
  }

  async save(lesson: Lesson) {
    this.#lessons.set(lesson.id, lesson);
    await dispatcher.dispatch(lesson.pullEvents());
  }
}

export const lessons = new LessonRepository([
  new Lesson("dinghy-sat-am", "Optimist dinghy, Saturday morning", 24, 8),
  new Lesson("dinghy-sat-pm", "Laser dinghy, Saturday afternoon", 16, 12),
]);

export const board = { enrolments: 0, withdrawals: 0, lastReasons: [] as string[] };

dispatcher.on("StudentEnrolled", () => void board.enrolments++);
dispatcher.on("StudentWithdrew", (event) => {
  board.withdrawals++;
  board.lastReasons = [String(event.payload.reason), ...board.lastReasons].slice(0, 10);
});
