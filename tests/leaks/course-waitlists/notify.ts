export interface StudentNotice {
  student: string;
  course: string;
  message: string;
  at: string;
}

// The mobile push gateway is called from a separate worker; this keeps what it picks up.
const QUEUE_SIZE = 40;
const queue: StudentNotice[] = [];

export function notify(student: string, course: string, message: string) {
  queue.push({ student, course, message, at: new Date().toISOString() });
  if (queue.length > QUEUE_SIZE) queue.splice(0, queue.length - QUEUE_SIZE);
}

export function recentNotices(student?: string): StudentNotice[] {
  return student ? queue.filter((n) => n.student === student) : queue.slice(-10);
}
